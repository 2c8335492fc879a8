DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_legal_status'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_legal_status";
    WITH
    ssd_bridge_fill ("lega_legal_status_id", "lega_person_id", "lega_legal_status", "lega_legal_status_start_date", "lega_legal_status_end_date") AS (
    SELECT
        CAST(ls.LEGAL_STATUS_ID AS VARCHAR(48)),
        CAST(ls.PERSON_ID AS VARCHAR(48)),
        LEFT(ls.LEGAL_STATUS, 100),
        ls.START_DATE,
        ls.END_DATE
    FROM "dm_legal_statuses" ls
    WHERE ls.START_DATE <= CURRENT_DATE AND (ls.END_DATE IS NULL OR ls.END_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(ls.PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("lega_legal_status_id" AS TEXT) AS "lega_legal_status_id", CAST("lega_person_id" AS TEXT) AS "lega_person_id", CAST("lega_legal_status" AS TEXT) AS "lega_legal_status", CAST("lega_legal_status_start_date" AS TIMESTAMP) AS "lega_legal_status_start_date", CAST("lega_legal_status_end_date" AS TIMESTAMP) AS "lega_legal_status_end_date"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_legal_status" ("lega_legal_status_id", "lega_person_id", "lega_legal_status", "lega_legal_status_start_date", "lega_legal_status_end_date")
        SELECT CASE WHEN LENGTH("lega_legal_status_id") > 48 THEN CONCAT(LEFT("lega_legal_status_id", 47), '…') ELSE "lega_legal_status_id" END, CASE WHEN LENGTH("lega_person_id") > 48 THEN CONCAT(LEFT("lega_person_id", 47), '…') ELSE "lega_person_id" END, CASE WHEN LENGTH("lega_legal_status") > 100 THEN CONCAT(LEFT("lega_legal_status", 99), '…') ELSE "lega_legal_status" END, "lega_legal_status_start_date", "lega_legal_status_end_date" FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' lega_legal_status_id=', COUNT(*) FILTER (WHERE LENGTH("lega_legal_status_id") > 48)), ' lega_legal_status_id=0'), NULLIF(CONCAT(' lega_person_id=', COUNT(*) FILTER (WHERE LENGTH("lega_person_id") > 48)), ' lega_person_id=0'), NULLIF(CONCAT(' lega_legal_status=', COUNT(*) FILTER (WHERE LENGTH("lega_legal_status") > 100)), ' lega_legal_status=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_legal_status', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_legal_status', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
