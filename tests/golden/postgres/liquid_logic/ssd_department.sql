DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_department'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_department";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_department" ("dept_team_id" TEXT, "dept_team_name" TEXT, "dept_team_parent_id" TEXT, "dept_team_parent_name" TEXT);
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    INSERT INTO pg_temp."ssd_load_ssd_department" ("dept_team_id", "dept_team_name", "dept_team_parent_id", "dept_team_parent_name")
    SELECT
        CAST(d.DIM_DEPARTMENT_ID AS VARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(d.NAME)), 255), ''),
        NULL,
        NULL
    FROM "hdm"."child_social"."dim_department" d
    WHERE d.DIM_DEPARTMENT_ID <> -1;
    DELETE FROM "ssd"."ssd_department";
    INSERT INTO "ssd"."ssd_department" ("dept_team_id", "dept_team_name", "dept_team_parent_id", "dept_team_parent_name")
    SELECT CASE WHEN LENGTH("dept_team_id") > 48 THEN CONCAT(LEFT("dept_team_id", 47), '…') ELSE "dept_team_id" END, CASE WHEN LENGTH("dept_team_name") > 255 THEN CONCAT(LEFT("dept_team_name", 254), '…') ELSE "dept_team_name" END, CASE WHEN LENGTH("dept_team_parent_id") > 48 THEN CONCAT(LEFT("dept_team_parent_id", 47), '…') ELSE "dept_team_parent_id" END, CASE WHEN LENGTH("dept_team_parent_name") > 255 THEN CONCAT(LEFT("dept_team_parent_name", 254), '…') ELSE "dept_team_parent_name" END FROM pg_temp."ssd_load_ssd_department";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_department', loaded;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    SELECT CONCAT('', NULLIF(CONCAT(' dept_team_id=', COUNT(*) FILTER (WHERE LENGTH("dept_team_id") > 48)), ' dept_team_id=0'), NULLIF(CONCAT(' dept_team_name=', COUNT(*) FILTER (WHERE LENGTH("dept_team_name") > 255)), ' dept_team_name=0'), NULLIF(CONCAT(' dept_team_parent_id=', COUNT(*) FILTER (WHERE LENGTH("dept_team_parent_id") > 48)), ' dept_team_parent_id=0'), NULLIF(CONCAT(' dept_team_parent_name=', COUNT(*) FILTER (WHERE LENGTH("dept_team_parent_name") > 255)), ' dept_team_parent_name=0')), '' INTO cuts, unread FROM pg_temp."ssd_load_ssd_department";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_department', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_department";
END $$;
-- ssd-bridge: end of batch
