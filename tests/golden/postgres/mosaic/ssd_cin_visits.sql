
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cin_visits'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cin_visits";
    WITH visits_rows AS (
        SELECT v.VISIT_ID AS visit_id, v.PERSON_ID AS person_id, v.ACTUAL_DATE AS visit_date, v.SEEN_ALONE_FLAG AS seen_alone_flag,
               CASE WHEN UPPER(TRIM(CAST(vt.VISIT_SOURCE AS VARCHAR(4000)))) = 'MOS STEP' THEN 1 ELSE 0 END AS is_step
        FROM "dm_visits" v
        JOIN "dm_visit_types" vt ON vt.VISIT_TYPE = v.VISIT_TYPE
        -- the type tested on the small lookup (equal to the visit's by the join): one test per type, not per visit
        WHERE UPPER(TRIM(CAST(vt.VISIT_TYPE AS VARCHAR(4000)))) IN ('STP.1189', 'VIS.CIN')
          AND v.ACTUAL_DATE >= (CURRENT_DATE - INTERVAL '6 years') AND v.ACTUAL_DATE <= CURRENT_DATE
    ),
    visits_answers_codes AS (
        SELECT q.code, CASE WHEN UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('CHILD_SEEN') THEN 1 ELSE 0 END AS seen, CASE WHEN UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('SEEN_BEDROOM') THEN 1 ELSE 0 END AS bedroom
        FROM (SELECT DISTINCT fq.QUESTION_USER_CODE AS code FROM "dm_cached_form_answers" fq OFFSET 0) q
        WHERE UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('CHILD_SEEN') OR UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('SEEN_BEDROOM')
    ),
    visits_answers AS (
        SELECT fa.WORKFLOW_STEP_ID AS step_id,
               CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
    MAX(CASE WHEN qc.seen = 1 THEN fa.TEXT_ANSWER END) AS seen, MAX(CASE WHEN qc.bedroom = 1 THEN fa.TEXT_ANSWER END) AS bedroom
        FROM "dm_cached_form_answers" fa
        JOIN visits_answers_codes qc ON qc.code = fa.QUESTION_USER_CODE
        WHERE fa.WORKFLOW_STEP_ID IS NOT NULL
          AND fa.WORKFLOW_STEP_ID IN (SELECT vr.visit_id FROM visits_rows vr WHERE vr.is_step = 1)
        GROUP BY fa.WORKFLOW_STEP_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
    ),
    visits AS (
        SELECT v.visit_id, v.person_id, v.visit_date,
               CASE UPPER(LEFT(LTRIM(v.seen_alone_flag), 1)) WHEN 'Y' THEN 'Y' WHEN 'N' THEN 'N' END AS seen_alone,
               CASE WHEN v.is_step = 1 THEN CASE UPPER(LEFT(LTRIM(COALESCE(va.seen, va_all.seen)), 1)) WHEN 'Y' THEN 'Y' WHEN 'N' THEN 'N' END END AS seen_answer,
               CASE WHEN v.is_step = 1 THEN CASE UPPER(LEFT(LTRIM(COALESCE(va.bedroom, va_all.bedroom)), 1)) WHEN 'Y' THEN 'Y' WHEN 'N' THEN 'N' END END AS bedroom
        FROM visits_rows v
        LEFT JOIN visits_answers va ON va.step_id = v.visit_id AND va.subject = v.person_id
    LEFT JOIN visits_answers va_all ON va_all.step_id = v.visit_id AND va_all.subject = 0
    ),
    ssd_bridge_fill ("cinv_cin_visit_id", "cinv_person_id", "cinv_cin_visit_date", "cinv_cin_visit_seen", "cinv_cin_visit_seen_alone", "cinv_cin_visit_bedroom") AS (
    SELECT
        CAST(v.visit_id AS VARCHAR(48)),
        CAST(v.person_id AS VARCHAR(48)),
        v.visit_date,
        COALESCE(v.seen_answer, CASE WHEN UPPER(TRIM(CAST(v.seen_alone AS VARCHAR(4000)))) = 'Y' THEN 'Y' END),
        v.seen_alone,
        v.bedroom
    FROM visits v
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(v.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("cinv_cin_visit_id" AS TEXT) AS "cinv_cin_visit_id", CAST("cinv_person_id" AS TEXT) AS "cinv_person_id", CAST("cinv_cin_visit_date" AS TIMESTAMP) AS "cinv_cin_visit_date", CAST("cinv_cin_visit_seen" AS TEXT) AS "cinv_cin_visit_seen", CAST("cinv_cin_visit_seen_alone" AS TEXT) AS "cinv_cin_visit_seen_alone", CAST("cinv_cin_visit_bedroom" AS TEXT) AS "cinv_cin_visit_bedroom"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cin_visits" ("cinv_cin_visit_id", "cinv_person_id", "cinv_cin_visit_date", "cinv_cin_visit_seen", "cinv_cin_visit_seen_alone", "cinv_cin_visit_bedroom")
        SELECT CASE WHEN LENGTH("cinv_cin_visit_id") > 48 THEN CONCAT(LEFT("cinv_cin_visit_id", 47), '…') ELSE "cinv_cin_visit_id" END, CASE WHEN LENGTH("cinv_person_id") > 48 THEN CONCAT(LEFT("cinv_person_id", 47), '…') ELSE "cinv_person_id" END, "cinv_cin_visit_date", CASE WHEN LENGTH("cinv_cin_visit_seen") > 1 THEN CONCAT(LEFT("cinv_cin_visit_seen", 0), '…') ELSE "cinv_cin_visit_seen" END, CASE WHEN LENGTH("cinv_cin_visit_seen_alone") > 1 THEN CONCAT(LEFT("cinv_cin_visit_seen_alone", 0), '…') ELSE "cinv_cin_visit_seen_alone" END, CASE WHEN LENGTH("cinv_cin_visit_bedroom") > 1 THEN CONCAT(LEFT("cinv_cin_visit_bedroom", 0), '…') ELSE "cinv_cin_visit_bedroom" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' cinv_cin_visit_id=', COUNT(*) FILTER (WHERE LENGTH("cinv_cin_visit_id") > 48)), ' cinv_cin_visit_id=0'), NULLIF(CONCAT(' cinv_person_id=', COUNT(*) FILTER (WHERE LENGTH("cinv_person_id") > 48)), ' cinv_person_id=0'), NULLIF(CONCAT(' cinv_cin_visit_seen=', COUNT(*) FILTER (WHERE LENGTH("cinv_cin_visit_seen") > 1)), ' cinv_cin_visit_seen=0'), NULLIF(CONCAT(' cinv_cin_visit_seen_alone=', COUNT(*) FILTER (WHERE LENGTH("cinv_cin_visit_seen_alone") > 1)), ' cinv_cin_visit_seen_alone=0'), NULLIF(CONCAT(' cinv_cin_visit_bedroom=', COUNT(*) FILTER (WHERE LENGTH("cinv_cin_visit_bedroom") > 1)), ' cinv_cin_visit_bedroom=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cin_visits', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cin_visits', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
