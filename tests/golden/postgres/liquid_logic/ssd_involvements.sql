DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_involvements'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_involvements";
    INSERT INTO "ssd"."ssd_involvements" ("invo_involvements_id", "invo_professional_id", "invo_professional_role_id", "invo_professional_team", "invo_person_id", "invo_involvement_start_date", "invo_involvement_end_date", "invo_worker_change_reason", "invo_referral_id")
    SELECT
        CAST(i.FACT_INVOLVEMENTS_ID AS VARCHAR(48)),
        CAST(NULLIF(i.DIM_WORKER_ID, -1) AS VARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(i.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE)), 200), ''),
        CASE
            WHEN i.DIM_DEPARTMENT_ID IS NOT NULL AND i.DIM_DEPARTMENT_ID <> -1 THEN CAST(i.DIM_DEPARTMENT_ID AS VARCHAR(48))
            ELSE CAST(NULLIF(i.FACT_WORKER_HISTORY_DEPARTMENT_ID, -1) AS VARCHAR(48))
        END,
        CAST(i.DIM_PERSON_ID AS VARCHAR(48)),
        i.START_DTTM,
        i.END_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(i.DIM_LOOKUP_CWREASON_CODE)), 200), ''),
        CAST(NULLIF(i.FACT_REFERRAL_ID, -1) AS VARCHAR(48))
    FROM "hdm"."child_social"."fact_involvements" i
    WHERE i.DIM_PERSON_ID <> -1
        AND (i.END_DTTM IS NULL OR i.END_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(i.DIM_PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_involvements', loaded;
END $$;
-- ssd-bridge: end of batch
