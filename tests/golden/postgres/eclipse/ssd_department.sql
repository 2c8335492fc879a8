
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_department'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_department";
    INSERT INTO "ssd"."ssd_department" ("dept_team_id", "dept_team_name", "dept_team_parent_id", "dept_team_parent_name")
    SELECT
        CAST(o.ORGANISATIONID AS VARCHAR(48)),
        LEFT(o.DESCRIPTION, 255),
        NULL,
        NULL
    FROM "organisationview" o
    WHERE o.ORGANISATIONID IS NOT NULL
        AND o.ORGANISATIONCLASS = 'TEAM'
        AND COALESCE(o.SECTOR, '') NOT IN ('CHARITY', 'PRIVATE')
        AND COALESCE(o.SECTORSUBTYPE, '') NOT IN ('ADULT_SOCIAL_SERVICES', 'EDUCATION');
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_department', loaded;
END $$;
-- ssd-bridge: end of batch
