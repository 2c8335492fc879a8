DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_family'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_family";
    WITH families AS (
        SELECT DISTINCT fc.DIM_PERSON_ID, fc.DIM_LOOKUP_FAMILYOFRESIDENCE_ID AS family_id
        FROM "hdm"."child_social"."fact_contacts" fc
        WHERE fc.DIM_PERSON_ID <> -1
            AND fc.DIM_LOOKUP_FAMILYOFRESIDENCE_ID IS NOT NULL AND fc.DIM_LOOKUP_FAMILYOFRESIDENCE_ID <> -1
    )
    INSERT INTO "ssd"."ssd_family" ("fami_table_id", "fami_family_id", "fami_person_id")
    SELECT
        CONCAT(CAST(f.DIM_PERSON_ID AS VARCHAR(23)), '.', CAST(f.family_id AS VARCHAR(24))),
        CAST(f.family_id AS VARCHAR(48)),
        CAST(f.DIM_PERSON_ID AS VARCHAR(48))
    FROM families f
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(f.DIM_PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_family', loaded;
END $$;
-- ssd-bridge: end of batch
