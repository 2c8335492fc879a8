DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_address'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_address";
    INSERT INTO "ssd"."ssd_address" ("addr_table_id", "addr_person_id", "addr_address_type", "addr_address_start_date", "addr_address_end_date", "addr_address_postcode", "addr_address_json")
    SELECT
        CAST(a.REF_ADDRESSES_PEOPLE_ID AS VARCHAR(48)),
        CAST(a.PERSON_ID AS VARCHAR(48)),
        LEFT(a.ADDRESS_TYPE, 48),
        a.START_DATE,
        a.END_DATE,
        LEFT(UPPER(LTRIM(RTRIM(a.POST_CODE))), 15),
        LEFT(CONCAT('{"ADDRESS": ', COALESCE(CAST(TO_JSON(CAST(a.ADDRESS AS TEXT)) AS TEXT), 'null'), '}'), 1000)
    FROM "dm_addresses" a
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(a.PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_address', loaded;
END $$;

-- ssd-bridge: end of batch
