DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_immigration_status'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_immigration_status";
    WITH
    ssd_bridge_fill ("immi_immigration_status_id", "immi_person_id", "immi_immigration_status_start_date", "immi_immigration_status_end_date", "immi_immigration_status") AS (
    SELECT
        CAST(i.CLASSIFICATIONASSIGNMENTID AS VARCHAR(48)),
        CAST(i.PERSONID AS VARCHAR(48)),
        i.STARTDATE,
        i.ENDDATE,
        CASE WHEN i.CLASSIFICATIONCODEID = 423 THEN 'U'
            ELSE LEFT(COALESCE(cl.NAME, i.NAME), 100) END
    FROM "classificationpersonview" i
    LEFT JOIN "classification" cl ON cl.ID = i.CLASSIFICATIONCODEID
    WHERE (i.CLASSIFICATIONPATHID IN (1, 83))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(i.PERSONID AS VARCHAR(48)))
        AND (i.STATUS IS NULL OR NOT UPPER(TRIM(CAST(i.STATUS AS VARCHAR(4000)))) = 'DELETED')
        AND (i.ENDDATE IS NULL OR i.ENDDATE >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("immi_immigration_status_id" AS TEXT) AS "immi_immigration_status_id", CAST("immi_person_id" AS TEXT) AS "immi_person_id", CAST("immi_immigration_status_start_date" AS TIMESTAMP) AS "immi_immigration_status_start_date", CAST("immi_immigration_status_end_date" AS TIMESTAMP) AS "immi_immigration_status_end_date", CAST("immi_immigration_status" AS TEXT) AS "immi_immigration_status"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_immigration_status" ("immi_immigration_status_id", "immi_person_id", "immi_immigration_status_start_date", "immi_immigration_status_end_date", "immi_immigration_status")
        SELECT CASE WHEN LENGTH("immi_immigration_status_id") > 48 THEN CONCAT(LEFT("immi_immigration_status_id", 47), '…') ELSE "immi_immigration_status_id" END, CASE WHEN LENGTH("immi_person_id") > 48 THEN CONCAT(LEFT("immi_person_id", 47), '…') ELSE "immi_person_id" END, "immi_immigration_status_start_date", "immi_immigration_status_end_date", CASE WHEN LENGTH("immi_immigration_status") > 100 THEN CONCAT(LEFT("immi_immigration_status", 99), '…') ELSE "immi_immigration_status" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' immi_immigration_status_id=', COUNT(*) FILTER (WHERE LENGTH("immi_immigration_status_id") > 48)), ' immi_immigration_status_id=0'), NULLIF(CONCAT(' immi_person_id=', COUNT(*) FILTER (WHERE LENGTH("immi_person_id") > 48)), ' immi_person_id=0'), NULLIF(CONCAT(' immi_immigration_status=', COUNT(*) FILTER (WHERE LENGTH("immi_immigration_status") > 100)), ' immi_immigration_status=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_immigration_status', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_immigration_status', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
