DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_involvements'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_involvements";
    WITH
    ssd_bridge_fill ("invo_involvements_id", "invo_professional_id", "invo_professional_role_id", "invo_professional_team", "invo_person_id", "invo_involvement_start_date", "invo_involvement_end_date", "invo_worker_change_reason", "invo_referral_id") AS (
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
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(i.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("invo_involvements_id" AS TEXT) AS "invo_involvements_id", CAST("invo_professional_id" AS TEXT) AS "invo_professional_id", CAST("invo_professional_role_id" AS TEXT) AS "invo_professional_role_id", CAST("invo_professional_team" AS TEXT) AS "invo_professional_team", CAST("invo_person_id" AS TEXT) AS "invo_person_id", CAST("invo_involvement_start_date" AS TIMESTAMP) AS "invo_involvement_start_date", CAST("invo_involvement_end_date" AS TIMESTAMP) AS "invo_involvement_end_date", CAST("invo_worker_change_reason" AS TEXT) AS "invo_worker_change_reason", CAST("invo_referral_id" AS TEXT) AS "invo_referral_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_involvements" ("invo_involvements_id", "invo_professional_id", "invo_professional_role_id", "invo_professional_team", "invo_person_id", "invo_involvement_start_date", "invo_involvement_end_date", "invo_worker_change_reason", "invo_referral_id")
        SELECT CASE WHEN LENGTH("invo_involvements_id") > 48 THEN CONCAT(LEFT("invo_involvements_id", 47), '…') ELSE "invo_involvements_id" END, CASE WHEN LENGTH("invo_professional_id") > 48 THEN CONCAT(LEFT("invo_professional_id", 47), '…') ELSE "invo_professional_id" END, CASE WHEN LENGTH("invo_professional_role_id") > 200 THEN CONCAT(LEFT("invo_professional_role_id", 199), '…') ELSE "invo_professional_role_id" END, CASE WHEN LENGTH("invo_professional_team") > 48 THEN CONCAT(LEFT("invo_professional_team", 47), '…') ELSE "invo_professional_team" END, CASE WHEN LENGTH("invo_person_id") > 48 THEN CONCAT(LEFT("invo_person_id", 47), '…') ELSE "invo_person_id" END, "invo_involvement_start_date", "invo_involvement_end_date", CASE WHEN LENGTH("invo_worker_change_reason") > 200 THEN CONCAT(LEFT("invo_worker_change_reason", 199), '…') ELSE "invo_worker_change_reason" END, CASE WHEN LENGTH("invo_referral_id") > 48 THEN CONCAT(LEFT("invo_referral_id", 47), '…') ELSE "invo_referral_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' invo_involvements_id=', COUNT(*) FILTER (WHERE LENGTH("invo_involvements_id") > 48)), ' invo_involvements_id=0'), NULLIF(CONCAT(' invo_professional_id=', COUNT(*) FILTER (WHERE LENGTH("invo_professional_id") > 48)), ' invo_professional_id=0'), NULLIF(CONCAT(' invo_professional_role_id=', COUNT(*) FILTER (WHERE LENGTH("invo_professional_role_id") > 200)), ' invo_professional_role_id=0'), NULLIF(CONCAT(' invo_professional_team=', COUNT(*) FILTER (WHERE LENGTH("invo_professional_team") > 48)), ' invo_professional_team=0'), NULLIF(CONCAT(' invo_person_id=', COUNT(*) FILTER (WHERE LENGTH("invo_person_id") > 48)), ' invo_person_id=0'), NULLIF(CONCAT(' invo_worker_change_reason=', COUNT(*) FILTER (WHERE LENGTH("invo_worker_change_reason") > 200)), ' invo_worker_change_reason=0'), NULLIF(CONCAT(' invo_referral_id=', COUNT(*) FILTER (WHERE LENGTH("invo_referral_id") > 48)), ' invo_referral_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_involvements', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_involvements', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
