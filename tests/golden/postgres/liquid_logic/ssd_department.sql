DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_department'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_department";
    INSERT INTO "ssd"."ssd_department" ("dept_team_id", "dept_team_name", "dept_team_parent_id", "dept_team_parent_name")
    SELECT
        CAST(d.DIM_DEPARTMENT_ID AS VARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(d.NAME)), 255), ''),
        NULL,
        NULL
    FROM "hdm"."child_social"."dim_department" d
    WHERE d.DIM_DEPARTMENT_ID <> -1;
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_department', loaded;
END $$;
-- ssd-bridge: end of batch
