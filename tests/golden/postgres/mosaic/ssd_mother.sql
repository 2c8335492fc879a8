DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_mother'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_mother";
    WITH pairs AS (
        SELECT DISTINCT pr.PERSON_ID AS mother_id, pr.OTHER_PERSON_ID AS child_id
        FROM "dm_personal_relationships" pr
        WHERE pr.IS_MOTHER = 'Y' AND pr.OTHER_PERSON_ID IS NOT NULL
    )
    INSERT INTO "ssd"."ssd_mother" ("moth_table_id", "moth_person_id", "moth_childs_person_id", "moth_childs_dob")
    SELECT
        CONCAT(CAST(pa.mother_id AS VARCHAR(20)), '-', CAST(pa.child_id AS VARCHAR(20))),
        CAST(pa.mother_id AS VARCHAR(48)),
        CAST(pa.child_id AS VARCHAR(48)),
        p.DATE_OF_BIRTH
    FROM pairs pa
    LEFT JOIN "dm_persons" p ON p.PERSON_ID = pa.child_id
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(pa.mother_id AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_mother', loaded;
END $$;
-- ssd-bridge: end of batch
