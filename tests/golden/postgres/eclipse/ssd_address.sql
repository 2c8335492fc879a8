DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_address'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_address";
    SET LOCAL enable_nestloop = off;
    WITH addresses AS (
        SELECT a.ADDRESSID AS address_id, a.PERSONID AS person_id, a.TYPE AS address_type,
            a.STARTDATE AS start_date, a.ENDDATE AS end_date,
            UPPER(LTRIM(RTRIM(a.POSTCODE))) AS postcode,
            CONCAT('{"ROOM": "', REPLACE(REPLACE(COALESCE(a.ROOMDESCRIPTION, ''), '\', '\\'), '"', '\"'),
                '", "FLOOR": "', REPLACE(REPLACE(COALESCE(a.FLOORDESCRIPTION, ''), '\', '\\'), '"', '\"'),
                '", "FLAT": "", "BUILDING": "', REPLACE(REPLACE(COALESCE(a.BUILDINGNAMEORNUMBER, ''), '\', '\\'), '"', '\"'),
                '", "HOUSE": "', REPLACE(REPLACE(COALESCE(a.BUILDINGNAMEORNUMBER, ''), '\', '\\'), '"', '\"'),
                '", "STREET": "', REPLACE(REPLACE(COALESCE(a.STREETNAME, ''), '\', '\\'), '"', '\"'),
                '", "TOWN": "', REPLACE(REPLACE(COALESCE(a.TOWNORCITY, ''), '\', '\\'), '"', '\"'),
                '", "UPRN": ', CASE WHEN a.UPRN IS NULL THEN 'null' ELSE CONCAT('"', REPLACE(REPLACE(COALESCE(a.UPRN, ''), '\', '\\'), '"', '\"'), '"') END,
                ', "EASTING": "", "NORTHING": ""}') AS address_json,
            ROW_NUMBER() OVER (PARTITION BY a.PERSONID, a.ADDRESSID ORDER BY a.STARTDATE, a.ENDDATE) AS repeat_no
        FROM "addresspersonview" a
        WHERE (a.ENDDATE IS NULL OR a.ENDDATE >= (CURRENT_DATE - INTERVAL '6 years'))
    )
    INSERT INTO "ssd"."ssd_address" ("addr_table_id", "addr_person_id", "addr_address_type", "addr_address_start_date", "addr_address_end_date", "addr_address_postcode", "addr_address_json")
    SELECT
        CONCAT(ad.person_id, '-', ad.address_id, CASE WHEN ad.repeat_no > 1 THEN CONCAT('-', ad.repeat_no) END),
        CAST(ad.person_id AS VARCHAR(48)),
        ad.address_type,
        ad.start_date,
        ad.end_date,
        LEFT(ad.postcode, 15),
        LEFT(ad.address_json, 1000)
    FROM addresses ad
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(ad.person_id AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_address', loaded;
END $$;
-- ssd-bridge: end of batch
