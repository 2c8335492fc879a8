DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_department'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_department";
    WITH
    ssd_bridge_fill ("dept_team_id", "dept_team_name", "dept_team_parent_id", "dept_team_parent_name") AS (
    SELECT
        CAST(d.DIM_DEPARTMENT_ID AS VARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(d.NAME)), 255), ''),
        NULL,
        NULL
    FROM "hdm"."child_social"."dim_department" d
    WHERE d.DIM_DEPARTMENT_ID <> -1
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("dept_team_id" AS TEXT) AS "dept_team_id", CAST("dept_team_name" AS TEXT) AS "dept_team_name", CAST("dept_team_parent_id" AS TEXT) AS "dept_team_parent_id", CAST("dept_team_parent_name" AS TEXT) AS "dept_team_parent_name"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_department" ("dept_team_id", "dept_team_name", "dept_team_parent_id", "dept_team_parent_name")
        SELECT CASE WHEN LENGTH("dept_team_id") > 48 THEN CONCAT(LEFT("dept_team_id", 47), '…') ELSE "dept_team_id" END, CASE WHEN LENGTH("dept_team_name") > 255 THEN CONCAT(LEFT("dept_team_name", 254), '…') ELSE "dept_team_name" END, CASE WHEN LENGTH("dept_team_parent_id") > 48 THEN CONCAT(LEFT("dept_team_parent_id", 47), '…') ELSE "dept_team_parent_id" END, CASE WHEN LENGTH("dept_team_parent_name") > 255 THEN CONCAT(LEFT("dept_team_parent_name", 254), '…') ELSE "dept_team_parent_name" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' dept_team_id=', COUNT(*) FILTER (WHERE LENGTH("dept_team_id") > 48)), ' dept_team_id=0'), NULLIF(CONCAT(' dept_team_name=', COUNT(*) FILTER (WHERE LENGTH("dept_team_name") > 255)), ' dept_team_name=0'), NULLIF(CONCAT(' dept_team_parent_id=', COUNT(*) FILTER (WHERE LENGTH("dept_team_parent_id") > 48)), ' dept_team_parent_id=0'), NULLIF(CONCAT(' dept_team_parent_name=', COUNT(*) FILTER (WHERE LENGTH("dept_team_parent_name") > 255)), ' dept_team_parent_name=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_department', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_department', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
