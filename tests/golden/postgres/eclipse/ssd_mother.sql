DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_mother'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_mother";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_mother" ("moth_table_id" TEXT, "moth_person_id" TEXT, "moth_childs_person_id" TEXT, "moth_childs_dob" TIMESTAMP);
    WITH pairs AS (
        SELECT r.PERSONRELATIONSHIPRECORDID AS record_id, r.ROLEAPERSONID AS mother_id, r.ROLEBPERSONID AS child_id,
            ROW_NUMBER() OVER (PARTITION BY r.PERSONRELATIONSHIPRECORDID ORDER BY r.ROLEBPERSONID) AS pick
        FROM "relationshippersonview" r
        WHERE UPPER(TRIM(CAST(r.RELATIONSHIP AS VARCHAR(4000)))) = 'MOTHER'
            AND r.PERSONRELATIONSHIPRECORDID IS NOT NULL AND r.ROLEBPERSONID IS NOT NULL
            AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(r.ROLEAPERSONID AS VARCHAR(48)))
    ),
    births AS (
        SELECT d.PERSONID AS person_id, MAX(d.DATEOFBIRTH) AS dob
        FROM "persondemographicsview" d
        WHERE d.PERSONID IN (SELECT p.child_id FROM pairs p)
        GROUP BY d.PERSONID
    )
    INSERT INTO pg_temp."ssd_load_ssd_mother" ("moth_table_id", "moth_person_id", "moth_childs_person_id", "moth_childs_dob")
    SELECT
        CAST(p.record_id AS VARCHAR(48)),
        CAST(p.mother_id AS VARCHAR(48)),
        CAST(p.child_id AS VARCHAR(48)),
        b.dob
    FROM pairs p
    LEFT JOIN births b ON b.person_id = p.child_id
    WHERE p.pick = 1;
    DELETE FROM "ssd"."ssd_mother";
    INSERT INTO "ssd"."ssd_mother" ("moth_table_id", "moth_person_id", "moth_childs_person_id", "moth_childs_dob")
    SELECT CASE WHEN LENGTH("moth_table_id") > 48 THEN CONCAT(LEFT("moth_table_id", 47), '…') ELSE "moth_table_id" END, CASE WHEN LENGTH("moth_person_id") > 48 THEN CONCAT(LEFT("moth_person_id", 47), '…') ELSE "moth_person_id" END, CASE WHEN LENGTH("moth_childs_person_id") > 48 THEN CONCAT(LEFT("moth_childs_person_id", 47), '…') ELSE "moth_childs_person_id" END, "moth_childs_dob" FROM pg_temp."ssd_load_ssd_mother";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_mother', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' moth_table_id=', COUNT(*) FILTER (WHERE LENGTH("moth_table_id") > 48)), ' moth_table_id=0'), '', NULLIF(CONCAT(' moth_person_id=', COUNT(*) FILTER (WHERE LENGTH("moth_person_id") > 48)), ' moth_person_id=0'), '', NULLIF(CONCAT(' moth_childs_person_id=', COUNT(*) FILTER (WHERE LENGTH("moth_childs_person_id") > 48)), ' moth_childs_person_id=0')) INTO cuts FROM pg_temp."ssd_load_ssd_mother";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_mother', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_mother";
END $$;
-- ssd-bridge: end of batch
