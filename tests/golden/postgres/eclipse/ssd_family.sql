DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_family'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_family";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_family" ("fami_table_id" TEXT, "fami_family_id" TEXT, "fami_person_id" TEXT);
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    INSERT INTO pg_temp."ssd_load_ssd_family" ("fami_table_id", "fami_family_id", "fami_person_id")
    SELECT DISTINCT
        CONCAT(CAST(gp.GROUPID AS VARCHAR(48)), '.', CAST(gp.PERSONID AS VARCHAR(48))),
        CAST(gp.GROUPID AS VARCHAR(48)),
        CAST(gp.PERSONID AS VARCHAR(48))
    FROM "grouppersonview" gp
    WHERE gp.GROUPID IS NOT NULL AND gp.PERSONID IS NOT NULL
        AND EXISTS (SELECT 1 FROM "groupview" g
            WHERE g.GROUPID = gp.GROUPID AND UPPER(TRIM(CAST(g.GROUPTYPE AS VARCHAR(4000)))) = 'FAMILY')
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(gp.PERSONID AS VARCHAR(48)));
    DELETE FROM "ssd"."ssd_family";
    INSERT INTO "ssd"."ssd_family" ("fami_table_id", "fami_family_id", "fami_person_id")
    SELECT CASE WHEN LENGTH("fami_table_id") > 48 THEN CONCAT(LEFT("fami_table_id", 47), '…') ELSE "fami_table_id" END, CASE WHEN LENGTH("fami_family_id") > 48 THEN CONCAT(LEFT("fami_family_id", 47), '…') ELSE "fami_family_id" END, CASE WHEN LENGTH("fami_person_id") > 48 THEN CONCAT(LEFT("fami_person_id", 47), '…') ELSE "fami_person_id" END FROM pg_temp."ssd_load_ssd_family";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_family', loaded;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    SELECT CONCAT('', NULLIF(CONCAT(' fami_table_id=', COUNT(*) FILTER (WHERE LENGTH("fami_table_id") > 48)), ' fami_table_id=0'), NULLIF(CONCAT(' fami_family_id=', COUNT(*) FILTER (WHERE LENGTH("fami_family_id") > 48)), ' fami_family_id=0'), NULLIF(CONCAT(' fami_person_id=', COUNT(*) FILTER (WHERE LENGTH("fami_person_id") > 48)), ' fami_person_id=0')), '' INTO cuts, unread FROM pg_temp."ssd_load_ssd_family";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_family', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_family";
END $$;
-- ssd-bridge: end of batch
