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
    WITH identifiers AS (
        SELECT p.DIM_PERSON_ID, 'UPN' AS suffix, 'Unique Pupil Number' AS kind, NULLIF(LEFT(LTRIM(RTRIM(p.UPN)), 100), '') AS value
        FROM "hdm"."child_social"."dim_person" p
        WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(p.DIM_PERSON_ID AS VARCHAR(48)))
        UNION ALL
        SELECT fp.DIM_PERSON_ID, 'FUPN', 'Former Unique Pupil Number', NULLIF(LEFT(LTRIM(RTRIM(fp.FORMER_UPN)), 100), '')
        FROM "hdm"."child_social"."dim_person" fp
        WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(fp.DIM_PERSON_ID AS VARCHAR(48)))
            AND COALESCE(LTRIM(RTRIM(fp.FORMER_UPN)), '') <> COALESCE(LTRIM(RTRIM(fp.UPN)), '')
    ),
    ssd_bridge_fill ("link_table_id", "link_person_id", "link_identifier_type", "link_identifier_value", "link_valid_from_date", "link_valid_to_date") AS (
    SELECT
        CONCAT(CAST(li.DIM_PERSON_ID AS VARCHAR(48)), '.', li.suffix),
        CAST(li.DIM_PERSON_ID AS VARCHAR(48)),
        li.kind,
        li.value,
        NULL,
        NULL
    FROM identifiers li
    WHERE li.value IS NOT NULL
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
