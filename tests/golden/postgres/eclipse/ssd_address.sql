DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_address'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_address";
    WITH addresses AS (
        SELECT a.ADDRESSID AS address_id, a.PERSONID AS person_id, a.TYPE AS address_type,
            a.STARTDATE AS start_date, a.ENDDATE AS end_date,
            UPPER(LTRIM(RTRIM(a.POSTCODE))) AS postcode,
            CONCAT('{"ROOM": ', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.ROOMDESCRIPTION, ''), 98) AS TEXT)) AS TEXT), 'null')) <= 100 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.ROOMDESCRIPTION, ''), 98) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.ROOMDESCRIPTION, ''), 16) AS TEXT)) AS TEXT), 'null') END,
                ', "FLOOR": ', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.FLOORDESCRIPTION, ''), 98) AS TEXT)) AS TEXT), 'null')) <= 100 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.FLOORDESCRIPTION, ''), 98) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.FLOORDESCRIPTION, ''), 16) AS TEXT)) AS TEXT), 'null') END,
                ', "FLAT": "", "BUILDING": ', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.BUILDINGNAMEORNUMBER, ''), 148) AS TEXT)) AS TEXT), 'null')) <= 150 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.BUILDINGNAMEORNUMBER, ''), 148) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.BUILDINGNAMEORNUMBER, ''), 24) AS TEXT)) AS TEXT), 'null') END,
                ', "HOUSE": ', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.BUILDINGNAMEORNUMBER, ''), 148) AS TEXT)) AS TEXT), 'null')) <= 150 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.BUILDINGNAMEORNUMBER, ''), 148) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.BUILDINGNAMEORNUMBER, ''), 24) AS TEXT)) AS TEXT), 'null') END,
                ', "STREET": ', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.STREETNAME, ''), 148) AS TEXT)) AS TEXT), 'null')) <= 150 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.STREETNAME, ''), 148) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.STREETNAME, ''), 24) AS TEXT)) AS TEXT), 'null') END,
                ', "TOWN": ', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.TOWNORCITY, ''), 98) AS TEXT)) AS TEXT), 'null')) <= 100 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.TOWNORCITY, ''), 98) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.TOWNORCITY, ''), 16) AS TEXT)) AS TEXT), 'null') END,
                ', "UPRN": ', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(a.UPRN, 38) AS TEXT)) AS TEXT), 'null')) <= 40 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(a.UPRN, 38) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(a.UPRN, 6) AS TEXT)) AS TEXT), 'null') END,
                ', "EASTING": "", "NORTHING": ""}') AS address_json,
            ROW_NUMBER() OVER (PARTITION BY a.PERSONID, a.ADDRESSID ORDER BY a.STARTDATE, a.ENDDATE) AS repeat_no
        FROM "addresspersonview" a
        WHERE (a.ENDDATE IS NULL OR a.ENDDATE >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    ssd_bridge_fill ("addr_table_id", "addr_person_id", "addr_address_type", "addr_address_start_date", "addr_address_end_date", "addr_address_postcode", "addr_address_json") AS (
    SELECT
        CONCAT(ad.person_id, '-', ad.address_id, CASE WHEN ad.repeat_no > 1 THEN CONCAT('-', ad.repeat_no) END),
        CAST(ad.person_id AS VARCHAR(48)),
        ad.address_type,
        ad.start_date,
        ad.end_date,
        LEFT(ad.postcode, 15),
        ad.address_json
    FROM addresses ad
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(ad.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("addr_table_id" AS TEXT) AS "addr_table_id", CAST("addr_person_id" AS TEXT) AS "addr_person_id", CAST("addr_address_type" AS TEXT) AS "addr_address_type", CAST("addr_address_start_date" AS TIMESTAMP) AS "addr_address_start_date", CAST("addr_address_end_date" AS TIMESTAMP) AS "addr_address_end_date", CAST("addr_address_postcode" AS TEXT) AS "addr_address_postcode", CAST("addr_address_json" AS TEXT) AS "addr_address_json"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_address" ("addr_table_id", "addr_person_id", "addr_address_type", "addr_address_start_date", "addr_address_end_date", "addr_address_postcode", "addr_address_json")
        SELECT CASE WHEN LENGTH("addr_table_id") > 48 THEN CONCAT(LEFT("addr_table_id", 47), '…') ELSE "addr_table_id" END, CASE WHEN LENGTH("addr_person_id") > 48 THEN CONCAT(LEFT("addr_person_id", 47), '…') ELSE "addr_person_id" END, CASE WHEN LENGTH("addr_address_type") > 48 THEN CONCAT(LEFT("addr_address_type", 47), '…') ELSE "addr_address_type" END, "addr_address_start_date", "addr_address_end_date", CASE WHEN LENGTH("addr_address_postcode") > 15 THEN CONCAT(LEFT("addr_address_postcode", 14), '…') ELSE "addr_address_postcode" END, CASE WHEN LENGTH("addr_address_json") > 1000 THEN CONCAT(LEFT("addr_address_json", 999), '…') ELSE "addr_address_json" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' addr_table_id=', COUNT(*) FILTER (WHERE LENGTH("addr_table_id") > 48)), ' addr_table_id=0'), NULLIF(CONCAT(' addr_person_id=', COUNT(*) FILTER (WHERE LENGTH("addr_person_id") > 48)), ' addr_person_id=0'), NULLIF(CONCAT(' addr_address_type=', COUNT(*) FILTER (WHERE LENGTH("addr_address_type") > 48)), ' addr_address_type=0'), NULLIF(CONCAT(' addr_address_postcode=', COUNT(*) FILTER (WHERE LENGTH("addr_address_postcode") > 15)), ' addr_address_postcode=0'), NULLIF(CONCAT(' addr_address_json=', COUNT(*) FILTER (WHERE LENGTH("addr_address_json") > 1000)), ' addr_address_json=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_address', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_address', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
