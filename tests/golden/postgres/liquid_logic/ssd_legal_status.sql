
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_legal_status'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_legal_status";
    INSERT INTO "ssd"."ssd_legal_status" ("lega_legal_status_id", "lega_person_id", "lega_legal_status", "lega_legal_status_start_date", "lega_legal_status_end_date")
    SELECT
        CAST(ls.FACT_LEGAL_STATUS_ID AS VARCHAR(48)),
        CAST(ls.DIM_PERSON_ID AS VARCHAR(48)),
        LEFT(CAST(NULLIF(LTRIM(RTRIM(ls.DIM_LOOKUP_LGL_STATUS_DESC)), '') AS VARCHAR(100)), 100),
        ls.START_DTTM,
        ls.END_DTTM
    FROM "hdm"."child_social"."fact_legal_status" ls
    WHERE ls.DIM_PERSON_ID <> -1
        AND (ls.END_DTTM IS NULL OR ls.END_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(ls.DIM_PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_legal_status', loaded;
END $$;
-- ssd-bridge: end of batch
