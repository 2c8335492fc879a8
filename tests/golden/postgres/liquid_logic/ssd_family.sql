DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_family'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_family";
    WITH families AS (
        SELECT DISTINCT fc.DIM_PERSON_ID, fc.DIM_LOOKUP_FAMILYOFRESIDENCE_ID AS family_id
        FROM "hdm"."child_social"."fact_contacts" fc
        WHERE fc.DIM_PERSON_ID <> -1
            AND fc.DIM_LOOKUP_FAMILYOFRESIDENCE_ID IS NOT NULL AND fc.DIM_LOOKUP_FAMILYOFRESIDENCE_ID <> -1
    ),
    ssd_bridge_fill ("fami_table_id", "fami_family_id", "fami_person_id") AS (
    SELECT
        CONCAT(CAST(f.DIM_PERSON_ID AS VARCHAR(23)), '.', CAST(f.family_id AS VARCHAR(24))),
        CAST(f.family_id AS VARCHAR(48)),
        CAST(f.DIM_PERSON_ID AS VARCHAR(48))
    FROM families f
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(f.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("fami_table_id" AS TEXT) AS "fami_table_id", CAST("fami_family_id" AS TEXT) AS "fami_family_id", CAST("fami_person_id" AS TEXT) AS "fami_person_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_family" ("fami_table_id", "fami_family_id", "fami_person_id")
        SELECT CASE WHEN LENGTH("fami_table_id") > 48 THEN CONCAT(LEFT("fami_table_id", 47), '…') ELSE "fami_table_id" END, CASE WHEN LENGTH("fami_family_id") > 48 THEN CONCAT(LEFT("fami_family_id", 47), '…') ELSE "fami_family_id" END, CASE WHEN LENGTH("fami_person_id") > 48 THEN CONCAT(LEFT("fami_person_id", 47), '…') ELSE "fami_person_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' fami_table_id=', COUNT(*) FILTER (WHERE LENGTH("fami_table_id") > 48)), ' fami_table_id=0'), NULLIF(CONCAT(' fami_family_id=', COUNT(*) FILTER (WHERE LENGTH("fami_family_id") > 48)), ' fami_family_id=0'), NULLIF(CONCAT(' fami_person_id=', COUNT(*) FILTER (WHERE LENGTH("fami_person_id") > 48)), ' fami_person_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_family', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_family', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
