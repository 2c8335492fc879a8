
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_linked_identifiers'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_linked_identifiers";
    INSERT INTO "ssd"."ssd_linked_identifiers" ("link_table_id", "link_person_id", "link_identifier_type", "link_identifier_value", "link_valid_from_date", "link_valid_to_date")
    SELECT
        CAST(pr.REFERENCE_ID AS VARCHAR(48)),
        CAST(pr.PERSON_ID AS VARCHAR(48)),
        CASE LTRIM(RTRIM(pr.REFERENCE_TYPE))
            WHEN 'FORMER_UPN' THEN 'Former Unique Pupil Number'
            WHEN 'NHS' THEN 'NHS Number'
            WHEN 'UPN' THEN 'Unique Pupil Number'
            ELSE LEFT(pr.REFERENCE_TYPE, 100)
        END,
        LEFT(LTRIM(RTRIM(pr.REFERENCE)), 100),
        NULL,  -- link_valid_from_date: dm_person_references carries no validity dates
        NULL   -- link_valid_to_date: as above
    FROM "dm_person_references" pr
    WHERE pr.REFERENCE IS NOT NULL
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(pr.PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_linked_identifiers', loaded;
END $$;

-- ssd-bridge: end of batch
