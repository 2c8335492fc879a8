
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_immigration_status'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_immigration_status";
    WITH questions AS (
        SELECT q.code, CASE WHEN UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('ACFLDALLABOUTMELEAVINGIMMIGRATIONSTATUSLIST', 'CSN_INA_ADDSUPPFACT_IMMIG_STATUS', 'CSN_COUNS_IMMIGRATION', 'UASCIMMIGSTAT', '62CD0406-2F07-0FF5-512C-A7FA0DBAD602') THEN 1 ELSE 0 END AS is_status, CASE WHEN 1 = 0 THEN 1 ELSE 0 END AS is_start, CASE WHEN 1 = 0 THEN 1 ELSE 0 END AS is_end
        FROM (SELECT DISTINCT fq.QUESTION_USER_CODE AS code FROM "dm_cached_form_answers" fq OFFSET 0) q
        WHERE UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('ACFLDALLABOUTMELEAVINGIMMIGRATIONSTATUSLIST', 'CSN_INA_ADDSUPPFACT_IMMIG_STATUS', 'CSN_COUNS_IMMIGRATION', 'UASCIMMIGSTAT', '62CD0406-2F07-0FF5-512C-A7FA0DBAD602') OR 1 = 0 OR 1 = 0
    ),
    answers AS (
        -- the answer's own subject when set, else every person subject of the form's subgroup
        SELECT fa.FORM_ID AS form_id, fa.FORM_ANSWER_ROW_ID AS row_id, fa.TEXT_ANSWER AS status,
               COALESCE(CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID END, ss.SUBJECT_COMPOUND_ID) AS person_id,
               f.CREATED_ON AS created_on
        FROM "dm_cached_form_answers" fa
        JOIN questions qs ON qs.code = fa.QUESTION_USER_CODE AND qs.is_status = 1
        JOIN "mo_forms" f ON f.FORM_ID = fa.FORM_ID
        LEFT JOIN "dm_subgroup_subjects" ss
               ON ss.SUBGROUP_ID = fa.SUBGROUP_ID AND UPPER(TRIM(CAST(ss.SUBJECT_TYPE_CODE AS VARCHAR(4000)))) = 'PER' AND COALESCE(fa.SUBJECT_PERSON_ID, 0) <= 0
        WHERE fa.TEXT_ANSWER IS NOT NULL
    ),
    dates AS (
        SELECT da.FORM_ID AS form_id, da.FORM_ANSWER_ROW_ID AS row_id,
               MAX(CASE WHEN qd.is_start = 1 THEN da.DATE_ANSWER END) AS start_date,
               MAX(CASE WHEN qd.is_end = 1 THEN da.DATE_ANSWER END) AS end_date
        FROM "dm_cached_form_answers" da
        JOIN questions qd ON qd.code = da.QUESTION_USER_CODE AND (qd.is_start = 1 OR qd.is_end = 1)
        WHERE da.DATE_ANSWER IS NOT NULL
        GROUP BY da.FORM_ID, da.FORM_ANSWER_ROW_ID
    ),
    latest AS (
        -- dates joined before ranking, so the ranked rows are only filtered afterwards
        SELECT a.form_id, a.status, a.person_id, a.created_on, d.start_date, d.end_date,
               ROW_NUMBER() OVER (PARTITION BY a.person_id ORDER BY a.created_on DESC, a.form_id DESC, a.row_id DESC) AS rn
        FROM answers a
        LEFT JOIN dates d ON d.form_id = a.form_id AND d.row_id = a.row_id
        WHERE a.person_id IS NOT NULL
    ),
    ssd_bridge_fill ("immi_immigration_status_id", "immi_person_id", "immi_immigration_status_start_date", "immi_immigration_status_end_date", "immi_immigration_status") AS (
    SELECT
        CONCAT(CAST(l.form_id AS VARCHAR(20)), '-', CAST(l.person_id AS VARCHAR(20))),
        CAST(l.person_id AS VARCHAR(48)),
        CAST(COALESCE(l.start_date, l.created_on) AS DATE),  -- the form date when no start question is configured or answered
        CAST(l.end_date AS DATE),
        CASE WHEN UPPER(TRIM(CAST(l.status AS VARCHAR(4000)))) IN ('UASC', 'UNACCOMPANIED ASYLUM SEEKING CHILD') THEN 'U' ELSE LEFT(l.status, 100) END
    FROM latest l
    WHERE l.rn = 1
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(l.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("immi_immigration_status_id" AS TEXT) AS "immi_immigration_status_id", CAST("immi_person_id" AS TEXT) AS "immi_person_id", CAST("immi_immigration_status_start_date" AS TIMESTAMP) AS "immi_immigration_status_start_date", CAST("immi_immigration_status_end_date" AS TIMESTAMP) AS "immi_immigration_status_end_date", CAST("immi_immigration_status" AS TEXT) AS "immi_immigration_status"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_immigration_status" ("immi_immigration_status_id", "immi_person_id", "immi_immigration_status_start_date", "immi_immigration_status_end_date", "immi_immigration_status")
        SELECT CASE WHEN LENGTH("immi_immigration_status_id") > 48 THEN CONCAT(LEFT("immi_immigration_status_id", 47), '…') ELSE "immi_immigration_status_id" END, CASE WHEN LENGTH("immi_person_id") > 48 THEN CONCAT(LEFT("immi_person_id", 47), '…') ELSE "immi_person_id" END, "immi_immigration_status_start_date", "immi_immigration_status_end_date", CASE WHEN LENGTH("immi_immigration_status") > 100 THEN CONCAT(LEFT("immi_immigration_status", 99), '…') ELSE "immi_immigration_status" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' immi_immigration_status_id=', COUNT(*) FILTER (WHERE LENGTH("immi_immigration_status_id") > 48)), ' immi_immigration_status_id=0'), NULLIF(CONCAT(' immi_person_id=', COUNT(*) FILTER (WHERE LENGTH("immi_person_id") > 48)), ' immi_person_id=0'), NULLIF(CONCAT(' immi_immigration_status=', COUNT(*) FILTER (WHERE LENGTH("immi_immigration_status") > 100)), ' immi_immigration_status=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_immigration_status', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_immigration_status', cuts; END IF;
END $$;

-- ssd-bridge: end of batch
