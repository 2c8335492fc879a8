DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_mother'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_mother";
    WITH pairs AS (
        SELECT r.PERSONRELATIONSHIPRECORDID AS record_id, r.ROLEAPERSONID AS mother_id, r.ROLEBPERSONID AS child_id,
            ROW_NUMBER() OVER (PARTITION BY r.PERSONRELATIONSHIPRECORDID ORDER BY r.ROLEBPERSONID) AS pick
        FROM "relationshippersonview" r
        WHERE r.RELATIONSHIP = 'Mother'
            AND r.PERSONRELATIONSHIPRECORDID IS NOT NULL AND r.ROLEBPERSONID IS NOT NULL
            AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(r.ROLEAPERSONID AS VARCHAR(48)))
    ),
    births AS (
        SELECT d.PERSONID AS person_id, MAX(d.DATEOFBIRTH) AS dob
        FROM "persondemographicsview" d
        WHERE d.PERSONID IN (SELECT p.child_id FROM pairs p)
        GROUP BY d.PERSONID
    )
    INSERT INTO "ssd"."ssd_mother" ("moth_table_id", "moth_person_id", "moth_childs_person_id", "moth_childs_dob")
    SELECT
        CAST(p.record_id AS VARCHAR(48)),
        CAST(p.mother_id AS VARCHAR(48)),
        CAST(p.child_id AS VARCHAR(48)),
        b.dob
    FROM pairs p
    LEFT JOIN births b ON b.person_id = p.child_id
    WHERE p.pick = 1;
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_mother', loaded;
END $$;
-- ssd-bridge: end of batch
