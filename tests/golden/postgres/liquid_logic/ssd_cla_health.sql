DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_health'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cla_health";
    WITH
    ssd_bridge_fill ("clah_health_check_id", "clah_person_id", "clah_health_check_type", "clah_health_check_date", "clah_health_check_status") AS (
    SELECT
        CAST(hc.FACT_HEALTH_CHECK_ID AS VARCHAR(48)),
        CAST(hc.DIM_PERSON_ID AS VARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(hc.DIM_LOOKUP_EVENT_TYPE_DESC)), 500), ''),
        hc.START_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(hc.DIM_LOOKUP_EXAM_STATUS_DESC)), 48), '')
    FROM "hdm"."child_social"."fact_health_check" hc
    WHERE hc.DIM_PERSON_ID <> -1
        AND (hc.START_DTTM IS NULL OR hc.START_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(hc.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("clah_health_check_id" AS TEXT) AS "clah_health_check_id", CAST("clah_person_id" AS TEXT) AS "clah_person_id", CAST("clah_health_check_type" AS TEXT) AS "clah_health_check_type", CAST("clah_health_check_date" AS TIMESTAMP) AS "clah_health_check_date", CAST("clah_health_check_status" AS TEXT) AS "clah_health_check_status"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cla_health" ("clah_health_check_id", "clah_person_id", "clah_health_check_type", "clah_health_check_date", "clah_health_check_status")
        SELECT CASE WHEN LENGTH("clah_health_check_id") > 48 THEN CONCAT(LEFT("clah_health_check_id", 47), '…') ELSE "clah_health_check_id" END, CASE WHEN LENGTH("clah_person_id") > 48 THEN CONCAT(LEFT("clah_person_id", 47), '…') ELSE "clah_person_id" END, CASE WHEN LENGTH("clah_health_check_type") > 500 THEN CONCAT(LEFT("clah_health_check_type", 499), '…') ELSE "clah_health_check_type" END, "clah_health_check_date", CASE WHEN LENGTH("clah_health_check_status") > 48 THEN CONCAT(LEFT("clah_health_check_status", 47), '…') ELSE "clah_health_check_status" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' clah_health_check_id=', COUNT(*) FILTER (WHERE LENGTH("clah_health_check_id") > 48)), ' clah_health_check_id=0'), NULLIF(CONCAT(' clah_person_id=', COUNT(*) FILTER (WHERE LENGTH("clah_person_id") > 48)), ' clah_person_id=0'), NULLIF(CONCAT(' clah_health_check_type=', COUNT(*) FILTER (WHERE LENGTH("clah_health_check_type") > 500)), ' clah_health_check_type=0'), NULLIF(CONCAT(' clah_health_check_status=', COUNT(*) FILTER (WHERE LENGTH("clah_health_check_status") > 48)), ' clah_health_check_status=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_health', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_health', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
