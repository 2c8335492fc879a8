
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_visits'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cla_visits";
    WITH visits_rows AS (
        SELECT v.VISIT_ID AS visit_id, v.PERSON_ID AS person_id, v.ACTUAL_DATE AS visit_date, v.SEEN_ALONE_FLAG AS seen_alone_flag,
               CASE WHEN UPPER(TRIM(CAST(vt.VISIT_SOURCE AS VARCHAR(4000)))) = 'MOS STEP' THEN 1 ELSE 0 END AS is_step
        FROM "dm_visits" v
        JOIN "dm_visit_types" vt ON vt.VISIT_TYPE = v.VISIT_TYPE
        -- the type tested on the small lookup (equal to the visit's by the join): one test per type, not per visit
        WHERE UPPER(TRIM(CAST(vt.VISIT_TYPE AS VARCHAR(4000)))) IN ('STP.1193', 'VIS.CLA')
          AND v.ACTUAL_DATE >= (CURRENT_DATE - INTERVAL '6 years') AND v.ACTUAL_DATE <= CURRENT_DATE
    ),
    visits_answers_codes AS (
        SELECT q.code, CASE WHEN UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('CHILD_SEEN') THEN 1 ELSE 0 END AS seen, CASE WHEN 1 = 0 THEN 1 ELSE 0 END AS bedroom
        FROM (SELECT DISTINCT fq.QUESTION_USER_CODE AS code FROM "dm_cached_form_answers" fq OFFSET 0) q
        WHERE UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('CHILD_SEEN') OR 1 = 0
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
    periods AS (
        SELECT ev.visit_id, ev.person_id, MAX(pc.PERIOD_OF_CARE_ID) AS period_id
        FROM visits ev
        JOIN "dm_periods_of_care" pc
            ON pc.PERSON_ID = ev.person_id AND pc.START_DATE <= ev.visit_date AND (pc.END_DATE IS NULL OR pc.END_DATE >= ev.visit_date)
        GROUP BY ev.visit_id, ev.person_id
    ),
    ssd_bridge_fill ("clav_cla_visit_id", "clav_cla_id", "clav_person_id", "clav_cla_visit_date", "clav_cla_visit_seen", "clav_cla_visit_seen_alone") AS (
    SELECT
        CAST(v.visit_id AS VARCHAR(48)),
        CAST(p.period_id AS VARCHAR(48)),
        CAST(v.person_id AS VARCHAR(48)),
        v.visit_date,
        COALESCE(v.seen_answer, CASE WHEN UPPER(TRIM(CAST(v.seen_alone AS VARCHAR(4000)))) = 'Y' THEN 'Y' END),
        v.seen_alone
    FROM visits v
    LEFT JOIN periods p ON p.visit_id = v.visit_id AND p.person_id = v.person_id
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(v.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("clav_cla_visit_id" AS TEXT) AS "clav_cla_visit_id", CAST("clav_cla_id" AS TEXT) AS "clav_cla_id", CAST("clav_person_id" AS TEXT) AS "clav_person_id", CAST("clav_cla_visit_date" AS TIMESTAMP) AS "clav_cla_visit_date", CAST("clav_cla_visit_seen" AS TEXT) AS "clav_cla_visit_seen", CAST("clav_cla_visit_seen_alone" AS TEXT) AS "clav_cla_visit_seen_alone"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cla_visits" ("clav_cla_visit_id", "clav_cla_id", "clav_person_id", "clav_cla_visit_date", "clav_cla_visit_seen", "clav_cla_visit_seen_alone")
        SELECT CASE WHEN LENGTH("clav_cla_visit_id") > 48 THEN CONCAT(LEFT("clav_cla_visit_id", 47), '…') ELSE "clav_cla_visit_id" END, CASE WHEN LENGTH("clav_cla_id") > 48 THEN CONCAT(LEFT("clav_cla_id", 47), '…') ELSE "clav_cla_id" END, CASE WHEN LENGTH("clav_person_id") > 48 THEN CONCAT(LEFT("clav_person_id", 47), '…') ELSE "clav_person_id" END, "clav_cla_visit_date", CASE WHEN LENGTH("clav_cla_visit_seen") > 1 THEN CONCAT(LEFT("clav_cla_visit_seen", 0), '…') ELSE "clav_cla_visit_seen" END, CASE WHEN LENGTH("clav_cla_visit_seen_alone") > 1 THEN CONCAT(LEFT("clav_cla_visit_seen_alone", 0), '…') ELSE "clav_cla_visit_seen_alone" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' clav_cla_visit_id=', COUNT(*) FILTER (WHERE LENGTH("clav_cla_visit_id") > 48)), ' clav_cla_visit_id=0'), NULLIF(CONCAT(' clav_cla_id=', COUNT(*) FILTER (WHERE LENGTH("clav_cla_id") > 48)), ' clav_cla_id=0'), NULLIF(CONCAT(' clav_person_id=', COUNT(*) FILTER (WHERE LENGTH("clav_person_id") > 48)), ' clav_person_id=0'), NULLIF(CONCAT(' clav_cla_visit_seen=', COUNT(*) FILTER (WHERE LENGTH("clav_cla_visit_seen") > 1)), ' clav_cla_visit_seen=0'), NULLIF(CONCAT(' clav_cla_visit_seen_alone=', COUNT(*) FILTER (WHERE LENGTH("clav_cla_visit_seen_alone") > 1)), ' clav_cla_visit_seen_alone=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_visits', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_visits', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
