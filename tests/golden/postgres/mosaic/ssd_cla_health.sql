DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_health'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_cla_health";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_cla_health" ("clah_health_check_id" TEXT, "clah_person_id" TEXT, "clah_health_check_type" TEXT, "clah_health_check_date" TIMESTAMP, "clah_health_check_status" TEXT);
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    WITH checks AS (
        SELECT CONCAT('DT.', CAST(d.DENTAL_ID AS VARCHAR(20))) AS check_id, d.PERSON_ID AS person_id,
               'Dental Check' AS check_type, d.DENTAL_CHECK_DATE AS check_date
        FROM "dm_dental_checks" d
        UNION ALL
        SELECT CONCAT('HA.', CAST(h.HEALTH_ID AS VARCHAR(20))), h.PERSON_ID, 'Health Assessment', h.HEALTH_ASSESSMENT_DATE
        FROM "dm_health_assessments" h
        WHERE COALESCE(h.SDQ_COMPLETED, 'N') <> 'Y' AND h.SDQ_SCORE IS NULL AND h.SDQ_REASON IS NULL
    )
    INSERT INTO pg_temp."ssd_load_ssd_cla_health" ("clah_health_check_id", "clah_person_id", "clah_health_check_type", "clah_health_check_date", "clah_health_check_status")
    SELECT
        c.check_id,
        CAST(c.person_id AS VARCHAR(48)),
        c.check_type,
        c.check_date,
        NULL  -- clah_health_check_status: not recorded in the data mart
    FROM checks c
    WHERE c.check_date >= (CURRENT_DATE - INTERVAL '6 years') AND c.check_date <= CURRENT_DATE
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(c.person_id AS VARCHAR(48)));
    DELETE FROM "ssd"."ssd_cla_health";
    INSERT INTO "ssd"."ssd_cla_health" ("clah_health_check_id", "clah_person_id", "clah_health_check_type", "clah_health_check_date", "clah_health_check_status")
    SELECT CASE WHEN LENGTH("clah_health_check_id") > 48 THEN CONCAT(LEFT("clah_health_check_id", 47), '…') ELSE "clah_health_check_id" END, CASE WHEN LENGTH("clah_person_id") > 48 THEN CONCAT(LEFT("clah_person_id", 47), '…') ELSE "clah_person_id" END, CASE WHEN LENGTH("clah_health_check_type") > 500 THEN CONCAT(LEFT("clah_health_check_type", 499), '…') ELSE "clah_health_check_type" END, "clah_health_check_date", CASE WHEN LENGTH("clah_health_check_status") > 48 THEN CONCAT(LEFT("clah_health_check_status", 47), '…') ELSE "clah_health_check_status" END FROM pg_temp."ssd_load_ssd_cla_health";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_health', loaded;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    SELECT CONCAT('', NULLIF(CONCAT(' clah_health_check_id=', COUNT(*) FILTER (WHERE LENGTH("clah_health_check_id") > 48)), ' clah_health_check_id=0'), NULLIF(CONCAT(' clah_person_id=', COUNT(*) FILTER (WHERE LENGTH("clah_person_id") > 48)), ' clah_person_id=0'), NULLIF(CONCAT(' clah_health_check_type=', COUNT(*) FILTER (WHERE LENGTH("clah_health_check_type") > 500)), ' clah_health_check_type=0'), NULLIF(CONCAT(' clah_health_check_status=', COUNT(*) FILTER (WHERE LENGTH("clah_health_check_status") > 48)), ' clah_health_check_status=0')), '' INTO cuts, unread FROM pg_temp."ssd_load_ssd_cla_health";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_health', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_cla_health";
END $$;
-- ssd-bridge: end of batch
