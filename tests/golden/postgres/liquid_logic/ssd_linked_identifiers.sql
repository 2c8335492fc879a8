DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_linked_identifiers'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
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
    )
    INSERT INTO "ssd"."ssd_linked_identifiers" ("link_table_id", "link_person_id", "link_identifier_type", "link_identifier_value", "link_valid_from_date", "link_valid_to_date")
    SELECT
        CONCAT(CAST(li.DIM_PERSON_ID AS VARCHAR(48)), '.', li.suffix),
        CAST(li.DIM_PERSON_ID AS VARCHAR(48)),
        li.kind,
        li.value,
        NULL,
        NULL
    FROM identifiers li
    WHERE li.value IS NOT NULL;
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_linked_identifiers', loaded;
END $$;
-- ssd-bridge: end of batch
