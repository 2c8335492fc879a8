DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_disability'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_disability";
    INSERT INTO "ssd"."ssd_disability" ("disa_table_id", "disa_person_id", "disa_disability_code")
    SELECT
        CAST(d.DISABILITY_ID AS VARCHAR(48)),
        CAST(d.PERSON_ID AS VARCHAR(48)),
        UPPER(LTRIM(RTRIM(d.CIN_DISABILITY_CATEGORY_CODE)))
    FROM "dm_disabilities" d
    WHERE d.CIN_DISABILITY_CATEGORY_CODE IS NOT NULL
      AND LTRIM(RTRIM(d.CIN_DISABILITY_CATEGORY_CODE)) <> ''
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(d.PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_disability', loaded;
END $$;

-- ssd-bridge: end of batch
