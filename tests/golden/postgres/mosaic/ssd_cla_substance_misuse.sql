
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_substance_misuse'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cla_substance_misuse";
    WITH questions AS (
        SELECT q.code, CASE WHEN UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('LAC.SM.SUBSTANCE') THEN 1 ELSE 0 END AS is_type, CASE WHEN UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('LAC.SM.DATE') THEN 1 ELSE 0 END AS is_date, CASE WHEN UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('LAC.SM.INTERVENTION') THEN 1 ELSE 0 END AS is_intervention
        FROM (SELECT DISTINCT fq.QUESTION_USER_CODE AS code FROM "dm_cached_form_answers" fq OFFSET 0) q
        WHERE UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('LAC.SM.SUBSTANCE') OR UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('LAC.SM.DATE') OR UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('LAC.SM.INTERVENTION')
    ),
    section_rows AS (
        SELECT fa.FORM_ID AS form_id, fa.FORM_ANSWER_ROW_ID AS row_id,
               CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
               MAX(fa.SUBGROUP_ID) AS subgroup_id,
               MAX(CASE WHEN qc.is_type = 1 THEN LEFT(LTRIM(RTRIM(fa.TEXT_ANSWER)), 100) END) AS substance,
               MAX(CASE WHEN qc.is_date = 1
                        THEN COALESCE(CASE WHEN TRIM(CAST(fa.DATE_ANSWER AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fa.DATE_ANSWER AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fa.DATE_ANSWER AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fa.DATE_ANSWER AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fa.DATE_ANSWER AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fa.DATE_ANSWER AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fa.DATE_ANSWER AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fa.DATE_ANSWER AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fa.DATE_ANSWER AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fa.DATE_ANSWER AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fa.DATE_ANSWER AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fa.DATE_ANSWER AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END, CASE WHEN TRIM(CAST(fa.TEXT_ANSWER AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fa.TEXT_ANSWER AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END) END) AS misuse_date,
               MAX(CASE WHEN qc.is_intervention = 1
                        THEN CASE WHEN UPPER(TRIM(CAST(fa.TEXT_ANSWER AS VARCHAR(4000)))) IN ('YES', 'Y') THEN 'Y' WHEN UPPER(TRIM(CAST(fa.TEXT_ANSWER AS VARCHAR(4000)))) IN ('NO', 'N') THEN 'N' END END) AS intervention
        FROM "dm_cached_form_answers" fa
        JOIN questions qc ON qc.code = fa.QUESTION_USER_CODE
        WHERE fa.FORM_ID IS NOT NULL AND fa.FORM_ANSWER_ROW_ID IS NOT NULL
        GROUP BY fa.FORM_ID, fa.FORM_ANSWER_ROW_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
    ),
    people AS (
        SELECT r.form_id, r.row_id, r.subject AS person_id, r.substance, r.misuse_date, r.intervention
        FROM section_rows r
        WHERE r.subject > 0 AND r.substance IS NOT NULL
        UNION ALL
        SELECT r.form_id, r.row_id, ss.SUBJECT_COMPOUND_ID, r.substance, r.misuse_date, r.intervention
        FROM section_rows r
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = r.subgroup_id AND UPPER(TRIM(CAST(ss.SUBJECT_TYPE_CODE AS VARCHAR(4000)))) = 'PER'
        WHERE r.subject = 0 AND r.substance IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM section_rows o  -- the person's own answers win
                          WHERE o.form_id = r.form_id AND o.row_id = r.row_id AND o.subject = ss.SUBJECT_COMPOUND_ID
                            AND o.substance IS NOT NULL)
    ),
    ssd_bridge_fill ("clas_substance_misuse_id", "clas_person_id", "clas_substance_misuse_date", "clas_substance_misused", "clas_intervention_received") AS (
    SELECT DISTINCT
        CONCAT(CAST(p.form_id AS VARCHAR(15)), '.', CAST(p.row_id AS VARCHAR(15)), '-', CAST(p.person_id AS VARCHAR(15))),
        CAST(p.person_id AS VARCHAR(48)),
        p.misuse_date,
        p.substance,
        p.intervention
    FROM people p
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(p.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("clas_substance_misuse_id" AS TEXT) AS "clas_substance_misuse_id", CAST("clas_person_id" AS TEXT) AS "clas_person_id", CAST("clas_substance_misuse_date" AS TIMESTAMP) AS "clas_substance_misuse_date", CAST("clas_substance_misused" AS TEXT) AS "clas_substance_misused", CAST("clas_intervention_received" AS TEXT) AS "clas_intervention_received"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cla_substance_misuse" ("clas_substance_misuse_id", "clas_person_id", "clas_substance_misuse_date", "clas_substance_misused", "clas_intervention_received")
        SELECT CASE WHEN LENGTH("clas_substance_misuse_id") > 48 THEN CONCAT(LEFT("clas_substance_misuse_id", 47), '…') ELSE "clas_substance_misuse_id" END, CASE WHEN LENGTH("clas_person_id") > 48 THEN CONCAT(LEFT("clas_person_id", 47), '…') ELSE "clas_person_id" END, "clas_substance_misuse_date", CASE WHEN LENGTH("clas_substance_misused") > 100 THEN CONCAT(LEFT("clas_substance_misused", 99), '…') ELSE "clas_substance_misused" END, CASE WHEN LENGTH("clas_intervention_received") > 1 THEN CONCAT(LEFT("clas_intervention_received", 0), '…') ELSE "clas_intervention_received" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' clas_substance_misuse_id=', COUNT(*) FILTER (WHERE LENGTH("clas_substance_misuse_id") > 48)), ' clas_substance_misuse_id=0'), NULLIF(CONCAT(' clas_person_id=', COUNT(*) FILTER (WHERE LENGTH("clas_person_id") > 48)), ' clas_person_id=0'), NULLIF(CONCAT(' clas_substance_misused=', COUNT(*) FILTER (WHERE LENGTH("clas_substance_misused") > 100)), ' clas_substance_misused=0'), NULLIF(CONCAT(' clas_intervention_received=', COUNT(*) FILTER (WHERE LENGTH("clas_intervention_received") > 1)), ' clas_intervention_received=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_substance_misuse', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_substance_misuse', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
