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
    WITH
    ssd_bridge_fill ("addr_table_id", "addr_person_id", "addr_address_type", "addr_address_start_date", "addr_address_end_date", "addr_address_postcode", "addr_address_json") AS (
    SELECT
        CAST(a.DIM_PERSON_ADDRESS_ID AS VARCHAR(48)),
        CAST(a.DIM_PERSON_ID AS VARCHAR(48)),
        LEFT(a.ADDSS_TYPE_CODE, 48),
        a.START_DTTM,
        a.END_DTTM,
        CASE
            WHEN REPLACE(UPPER(REPLACE(a.POSTCODE, ' ', '')), 'X', '') = '' THEN NULL
            WHEN LOWER(REPLACE(a.POSTCODE, ' ', '')) = 'nopostcode' THEN NULL
            ELSE NULLIF(LEFT(LTRIM(RTRIM(a.POSTCODE)), 15), '')
        END,
        -- each part has a room of 62 characters (60 of text, fewer when escaping needs more), so the object
        -- (at most 96 + 7 x 62 + 3 x 22 characters) always fits the 1000-character column as valid JSON
        CONCAT('{', '"ROOM":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.ROOM_NO, ''), 60) AS TEXT)) AS TEXT), 'null')) <= 62 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.ROOM_NO, ''), 60) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.ROOM_NO, ''), 10) AS TEXT)) AS TEXT), 'null') END, ',"FLOOR":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.FLOOR_NO, ''), 60) AS TEXT)) AS TEXT), 'null')) <= 62 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.FLOOR_NO, ''), 60) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.FLOOR_NO, ''), 10) AS TEXT)) AS TEXT), 'null') END, ',"FLAT":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.FLAT_NO, ''), 60) AS TEXT)) AS TEXT), 'null')) <= 62 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.FLAT_NO, ''), 60) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.FLAT_NO, ''), 10) AS TEXT)) AS TEXT), 'null') END, ',"BUILDING":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.BUILDING, ''), 60) AS TEXT)) AS TEXT), 'null')) <= 62 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.BUILDING, ''), 60) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.BUILDING, ''), 10) AS TEXT)) AS TEXT), 'null') END, ',"HOUSE":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.HOUSE_NO, ''), 60) AS TEXT)) AS TEXT), 'null')) <= 62 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.HOUSE_NO, ''), 60) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.HOUSE_NO, ''), 10) AS TEXT)) AS TEXT), 'null') END, ',"STREET":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.STREET, ''), 60) AS TEXT)) AS TEXT), 'null')) <= 62 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.STREET, ''), 60) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.STREET, ''), 10) AS TEXT)) AS TEXT), 'null') END, ',"TOWN":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.TOWN, ''), 60) AS TEXT)) AS TEXT), 'null')) <= 62 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.TOWN, ''), 60) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.TOWN, ''), 10) AS TEXT)) AS TEXT), 'null') END, ',"UPRN":', COALESCE(CAST(TO_JSON(CAST(COALESCE(CAST(a.UPRN AS VARCHAR(20)), '') AS TEXT)) AS TEXT), 'null'), ',"EASTING":', COALESCE(CAST(TO_JSON(CAST(COALESCE(CAST(a.EASTING AS VARCHAR(20)), '') AS TEXT)) AS TEXT), 'null'), ',"NORTHING":', COALESCE(CAST(TO_JSON(CAST(COALESCE(CAST(a.NORTHING AS VARCHAR(20)), '') AS TEXT)) AS TEXT), 'null'), '}')
    FROM "hdm"."child_social"."dim_person_address" a
    WHERE a.DIM_PERSON_ID <> -1
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(a.DIM_PERSON_ID AS VARCHAR(48)))
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
