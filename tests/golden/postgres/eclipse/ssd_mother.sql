DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_mother'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_mother";
    WITH pairs AS (
        SELECT r.PERSONRELATIONSHIPRECORDID AS record_id, r.ROLEAPERSONID AS mother_id, r.ROLEBPERSONID AS child_id,
            ROW_NUMBER() OVER (PARTITION BY r.PERSONRELATIONSHIPRECORDID ORDER BY r.ROLEBPERSONID) AS pick
        FROM "relationshippersonview" r
        WHERE UPPER(TRIM(CAST(r.RELATIONSHIP AS VARCHAR(4000)))) = 'MOTHER'
            AND r.PERSONRELATIONSHIPRECORDID IS NOT NULL AND r.ROLEBPERSONID IS NOT NULL
            AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(r.ROLEAPERSONID AS VARCHAR(48)))
    ),
    births AS (
        SELECT d.PERSONID AS person_id, MAX(CASE WHEN TRIM(CAST(d.DATEOFBIRTH AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(d.DATEOFBIRTH AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(d.DATEOFBIRTH AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(d.DATEOFBIRTH AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(d.DATEOFBIRTH AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(d.DATEOFBIRTH AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(d.DATEOFBIRTH AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(d.DATEOFBIRTH AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(d.DATEOFBIRTH AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(d.DATEOFBIRTH AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(d.DATEOFBIRTH AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(d.DATEOFBIRTH AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END) AS dob
        FROM "persondemographicsview" d
        WHERE d.PERSONID IN (SELECT p.child_id FROM pairs p)
        GROUP BY d.PERSONID
    ),
    ssd_bridge_fill ("moth_table_id", "moth_person_id", "moth_childs_person_id", "moth_childs_dob") AS (
    SELECT
        CAST(p.record_id AS VARCHAR(48)),
        CAST(p.mother_id AS VARCHAR(48)),
        CAST(p.child_id AS VARCHAR(48)),
        b.dob
    FROM pairs p
    LEFT JOIN births b ON b.person_id = p.child_id
    WHERE p.pick = 1
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("moth_table_id" AS TEXT) AS "moth_table_id", CAST("moth_person_id" AS TEXT) AS "moth_person_id", CAST("moth_childs_person_id" AS TEXT) AS "moth_childs_person_id", CAST("moth_childs_dob" AS TIMESTAMP) AS "moth_childs_dob"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_mother" ("moth_table_id", "moth_person_id", "moth_childs_person_id", "moth_childs_dob")
        SELECT CASE WHEN LENGTH("moth_table_id") > 48 THEN CONCAT(LEFT("moth_table_id", 47), '…') ELSE "moth_table_id" END, CASE WHEN LENGTH("moth_person_id") > 48 THEN CONCAT(LEFT("moth_person_id", 47), '…') ELSE "moth_person_id" END, CASE WHEN LENGTH("moth_childs_person_id") > 48 THEN CONCAT(LEFT("moth_childs_person_id", 47), '…') ELSE "moth_childs_person_id" END, "moth_childs_dob" FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' moth_table_id=', COUNT(*) FILTER (WHERE LENGTH("moth_table_id") > 48)), ' moth_table_id=0'), NULLIF(CONCAT(' moth_person_id=', COUNT(*) FILTER (WHERE LENGTH("moth_person_id") > 48)), ' moth_person_id=0'), NULLIF(CONCAT(' moth_childs_person_id=', COUNT(*) FILTER (WHERE LENGTH("moth_childs_person_id") > 48)), ' moth_childs_person_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_mother', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_mother', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
