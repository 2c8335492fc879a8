DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_linked_identifiers'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_linked_identifiers";
    WITH former AS (
        SELECT r.PERSONID AS person_id, LTRIM(RTRIM(r.REFERENCENUMBER)) AS upn, r.STARTDATE AS valid_from, r.ENDDATE AS valid_to,
            ROW_NUMBER() OVER (PARTITION BY r.PERSONID, LTRIM(RTRIM(r.REFERENCENUMBER)) ORDER BY r.ENDDATE DESC, r.STARTDATE DESC) AS pick
        FROM "referencenumberpersonview" r
        WHERE UPPER(TRIM(CAST(r.REFERENCETYPECODE AS VARCHAR(4000)))) = 'UPN'
            AND r.ENDDATE IS NOT NULL AND r.REFERENCENUMBER IS NOT NULL
    ),
    ssd_bridge_fill ("link_table_id", "link_person_id", "link_identifier_type", "link_identifier_value", "link_valid_from_date", "link_valid_to_date") AS (
    SELECT
        CONCAT('FUPN-', f.person_id, '-', LEFT(f.upn, 30)),
        sp.pers_person_id,
        'Former Unique Pupil Number',
        LEFT(f.upn, 100),
        f.valid_from,
        f.valid_to
    FROM former f
    JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(f.person_id AS VARCHAR(48))
    WHERE f.pick = 1 AND (sp.pers_upn IS NULL OR sp.pers_upn <> f.upn)
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("link_table_id" AS TEXT) AS "link_table_id", CAST("link_person_id" AS TEXT) AS "link_person_id", CAST("link_identifier_type" AS TEXT) AS "link_identifier_type", CAST("link_identifier_value" AS TEXT) AS "link_identifier_value", CAST("link_valid_from_date" AS TIMESTAMP) AS "link_valid_from_date", CAST("link_valid_to_date" AS TIMESTAMP) AS "link_valid_to_date"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_linked_identifiers" ("link_table_id", "link_person_id", "link_identifier_type", "link_identifier_value", "link_valid_from_date", "link_valid_to_date")
        SELECT CASE WHEN LENGTH("link_table_id") > 48 THEN CONCAT(LEFT("link_table_id", 47), '…') ELSE "link_table_id" END, CASE WHEN LENGTH("link_person_id") > 48 THEN CONCAT(LEFT("link_person_id", 47), '…') ELSE "link_person_id" END, CASE WHEN LENGTH("link_identifier_type") > 100 THEN CONCAT(LEFT("link_identifier_type", 99), '…') ELSE "link_identifier_type" END, CASE WHEN LENGTH("link_identifier_value") > 100 THEN CONCAT(LEFT("link_identifier_value", 99), '…') ELSE "link_identifier_value" END, "link_valid_from_date", "link_valid_to_date" FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' link_table_id=', COUNT(*) FILTER (WHERE LENGTH("link_table_id") > 48)), ' link_table_id=0'), NULLIF(CONCAT(' link_person_id=', COUNT(*) FILTER (WHERE LENGTH("link_person_id") > 48)), ' link_person_id=0'), NULLIF(CONCAT(' link_identifier_type=', COUNT(*) FILTER (WHERE LENGTH("link_identifier_type") > 100)), ' link_identifier_type=0'), NULLIF(CONCAT(' link_identifier_value=', COUNT(*) FILTER (WHERE LENGTH("link_identifier_value") > 100)), ' link_identifier_value=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_linked_identifiers', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_linked_identifiers', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
