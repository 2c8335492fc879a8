DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_linked_identifiers'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_linked_identifiers";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_linked_identifiers" ("link_table_id" TEXT, "link_person_id" TEXT, "link_identifier_type" TEXT, "link_identifier_value" TEXT, "link_valid_from_date" TIMESTAMP, "link_valid_to_date" TIMESTAMP);
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    WITH former AS (
        SELECT r.PERSONID AS person_id, LTRIM(RTRIM(r.REFERENCENUMBER)) AS upn, r.STARTDATE AS valid_from, r.ENDDATE AS valid_to,
            ROW_NUMBER() OVER (PARTITION BY r.PERSONID, LTRIM(RTRIM(r.REFERENCENUMBER)) ORDER BY r.ENDDATE DESC, r.STARTDATE DESC) AS pick
        FROM "referencenumberpersonview" r
        WHERE UPPER(TRIM(CAST(r.REFERENCETYPECODE AS VARCHAR(4000)))) = 'UPN'
            AND r.ENDDATE IS NOT NULL AND r.REFERENCENUMBER IS NOT NULL
    )
    INSERT INTO pg_temp."ssd_load_ssd_linked_identifiers" ("link_table_id", "link_person_id", "link_identifier_type", "link_identifier_value", "link_valid_from_date", "link_valid_to_date")
    SELECT
        CONCAT('FUPN-', f.person_id, '-', LEFT(f.upn, 30)),
        sp.pers_person_id,
        'Former Unique Pupil Number',
        LEFT(f.upn, 100),
        f.valid_from,
        f.valid_to
    FROM former f
    JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(f.person_id AS VARCHAR(48))
    WHERE f.pick = 1 AND (sp.pers_upn IS NULL OR sp.pers_upn <> f.upn);
    DELETE FROM "ssd"."ssd_linked_identifiers";
    INSERT INTO "ssd"."ssd_linked_identifiers" ("link_table_id", "link_person_id", "link_identifier_type", "link_identifier_value", "link_valid_from_date", "link_valid_to_date")
    SELECT CASE WHEN LENGTH("link_table_id") > 48 THEN CONCAT(LEFT("link_table_id", 47), '…') ELSE "link_table_id" END, CASE WHEN LENGTH("link_person_id") > 48 THEN CONCAT(LEFT("link_person_id", 47), '…') ELSE "link_person_id" END, CASE WHEN LENGTH("link_identifier_type") > 100 THEN CONCAT(LEFT("link_identifier_type", 99), '…') ELSE "link_identifier_type" END, CASE WHEN LENGTH("link_identifier_value") > 100 THEN CONCAT(LEFT("link_identifier_value", 99), '…') ELSE "link_identifier_value" END, "link_valid_from_date", "link_valid_to_date" FROM pg_temp."ssd_load_ssd_linked_identifiers";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_linked_identifiers', loaded;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    SELECT CONCAT('', NULLIF(CONCAT(' link_table_id=', COUNT(*) FILTER (WHERE LENGTH("link_table_id") > 48)), ' link_table_id=0'), NULLIF(CONCAT(' link_person_id=', COUNT(*) FILTER (WHERE LENGTH("link_person_id") > 48)), ' link_person_id=0'), NULLIF(CONCAT(' link_identifier_type=', COUNT(*) FILTER (WHERE LENGTH("link_identifier_type") > 100)), ' link_identifier_type=0'), NULLIF(CONCAT(' link_identifier_value=', COUNT(*) FILTER (WHERE LENGTH("link_identifier_value") > 100)), ' link_identifier_value=0')), '' INTO cuts, unread FROM pg_temp."ssd_load_ssd_linked_identifiers";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_linked_identifiers', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_linked_identifiers";
END $$;
-- ssd-bridge: end of batch
