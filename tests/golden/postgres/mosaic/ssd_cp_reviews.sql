
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cp_reviews'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cp_reviews";
    WITH conferences AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               CAST(s.CP_CONFERENCE_ACTUAL_DATE AS DATE) AS held_on, s.CP_CONFERENCE_CATEGORY AS category
        FROM "dm_workflow_steps" s
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(TRIM(CAST(ss.SUBJECT_TYPE_CODE AS VARCHAR(4000)))) = 'PER'
        WHERE UPPER(TRIM(CAST(s.STEP_STATUS AS VARCHAR(4000)))) = 'COMPLETED' AND s.CP_CONFERENCE_ACTUAL_DATE IS NOT NULL
          AND UPPER(TRIM(CAST(s.CP_CONFERENCE_CATEGORY AS VARCHAR(4000)))) IN ('INITIAL', 'REVIEW')
    ),
    plans AS (
        SELECT chosen.step_id, chosen.person_id, chosen.plan_id, chosen.plan_end
        FROM (
            SELECT ev.step_id, ev.person_id, rg.REGISTRATION_ID AS plan_id, CAST(rg.DEREGISTRATION_DATE AS DATE) AS plan_end,
                ROW_NUMBER() OVER (PARTITION BY ev.step_id, ev.person_id ORDER BY rg.REGISTRATION_ID DESC) AS pick
            FROM conferences ev
            JOIN "dm_registrations" rg
                ON rg.PERSON_ID = ev.person_id AND UPPER(TRIM(CAST(rg.IS_CHILD_PROTECTION_PLAN AS VARCHAR(4000)))) = 'Y' AND NOT UPPER(TRIM(CAST(COALESCE(rg.IS_TEMPORARY_CHILD_PROTECTION, 'N') AS VARCHAR(4000)))) = 'Y' AND rg.REGISTRATION_START_DATE <= ev.held_on AND (rg.DEREGISTRATION_DATE IS NULL OR rg.DEREGISTRATION_DATE >= ev.held_on)
        ) chosen
        WHERE chosen.pick = 1
    ),
    ordered AS (
        SELECT c.step_id, c.person_id, c.held_on, c.category, p.plan_id, p.plan_end,
               LAG(c.held_on) OVER (PARTITION BY c.person_id, p.plan_id ORDER BY c.held_on, c.step_id) AS prev_on,
               LAG(c.category) OVER (PARTITION BY c.person_id, p.plan_id ORDER BY c.held_on, c.step_id) AS prev_category
        FROM conferences c
        JOIN plans p ON p.step_id = c.step_id AND p.person_id = c.person_id
    ),
    answers_codes AS (
        SELECT q.code, CASE WHEN UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('CPQUORATE') THEN 1 ELSE 0 END AS quorate, CASE WHEN UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('CPPARTICIPATION') THEN 1 ELSE 0 END AS participation
        FROM (SELECT DISTINCT fq.QUESTION_USER_CODE AS code FROM "dm_cached_form_answers" fq OFFSET 0) q
        WHERE UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('CPQUORATE') OR UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('CPPARTICIPATION')
    ),
    answers AS (
        SELECT fa.WORKFLOW_STEP_ID AS step_id,
               CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
    MAX(CASE WHEN qc.quorate = 1 THEN fa.TEXT_ANSWER END) AS quorate, MAX(CASE WHEN qc.participation = 1 THEN fa.TEXT_ANSWER END) AS participation
        FROM "dm_cached_form_answers" fa
        JOIN answers_codes qc ON qc.code = fa.QUESTION_USER_CODE
        WHERE fa.WORKFLOW_STEP_ID IS NOT NULL
        GROUP BY fa.WORKFLOW_STEP_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
    ),
    ssd_bridge_fill ("cppr_cp_review_id", "cppr_person_id", "cppr_cp_plan_id", "cppr_cp_review_due", "cppr_cp_review_date", "cppr_cp_review_meeting_id", "cppr_cp_review_outcome_continue_cp", "cppr_cp_review_quorate", "cppr_cp_review_participation") AS (
    SELECT
        CONCAT(CAST(o.step_id AS VARCHAR(20)), '-', CAST(o.person_id AS VARCHAR(20))),
        CAST(o.person_id AS VARCHAR(48)),
        CAST(o.plan_id AS VARCHAR(48)),
        CASE WHEN UPPER(TRIM(CAST(o.prev_category AS VARCHAR(4000)))) = 'INITIAL' THEN (o.prev_on + 91 * INTERVAL '1 day')
             WHEN UPPER(TRIM(CAST(o.prev_category AS VARCHAR(4000)))) = 'REVIEW' THEN (o.prev_on + 183 * INTERVAL '1 day') END,
        o.held_on,
        CAST(o.step_id AS VARCHAR(48)),
        CASE WHEN o.plan_end = o.held_on THEN 'N' ELSE 'Y' END,
        CASE UPPER(LEFT(LTRIM(COALESCE(a.quorate, a_all.quorate)), 1)) WHEN 'Y' THEN 'Y' WHEN 'N' THEN 'N' END,
        LEFT(COALESCE(a.participation, a_all.participation), 100)
    FROM ordered o
    LEFT JOIN answers a ON a.step_id = o.step_id AND a.subject = o.person_id
    LEFT JOIN answers a_all ON a_all.step_id = o.step_id AND a_all.subject = 0
    WHERE UPPER(TRIM(CAST(o.category AS VARCHAR(4000)))) = 'REVIEW'
      AND o.held_on >= (CURRENT_DATE - INTERVAL '6 years') AND o.held_on <= CURRENT_DATE
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(o.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("cppr_cp_review_id" AS TEXT) AS "cppr_cp_review_id", CAST("cppr_person_id" AS TEXT) AS "cppr_person_id", CAST("cppr_cp_plan_id" AS TEXT) AS "cppr_cp_plan_id", CAST("cppr_cp_review_due" AS TIMESTAMP) AS "cppr_cp_review_due", CAST("cppr_cp_review_date" AS TIMESTAMP) AS "cppr_cp_review_date", CAST("cppr_cp_review_meeting_id" AS TEXT) AS "cppr_cp_review_meeting_id", CAST("cppr_cp_review_outcome_continue_cp" AS TEXT) AS "cppr_cp_review_outcome_continue_cp", CAST("cppr_cp_review_quorate" AS TEXT) AS "cppr_cp_review_quorate", CAST("cppr_cp_review_participation" AS TEXT) AS "cppr_cp_review_participation"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cp_reviews" ("cppr_cp_review_id", "cppr_person_id", "cppr_cp_plan_id", "cppr_cp_review_due", "cppr_cp_review_date", "cppr_cp_review_meeting_id", "cppr_cp_review_outcome_continue_cp", "cppr_cp_review_quorate", "cppr_cp_review_participation")
        SELECT CASE WHEN LENGTH("cppr_cp_review_id") > 48 THEN CONCAT(LEFT("cppr_cp_review_id", 47), '…') ELSE "cppr_cp_review_id" END, CASE WHEN LENGTH("cppr_person_id") > 48 THEN CONCAT(LEFT("cppr_person_id", 47), '…') ELSE "cppr_person_id" END, CASE WHEN LENGTH("cppr_cp_plan_id") > 48 THEN CONCAT(LEFT("cppr_cp_plan_id", 47), '…') ELSE "cppr_cp_plan_id" END, "cppr_cp_review_due", "cppr_cp_review_date", CASE WHEN LENGTH("cppr_cp_review_meeting_id") > 48 THEN CONCAT(LEFT("cppr_cp_review_meeting_id", 47), '…') ELSE "cppr_cp_review_meeting_id" END, CASE WHEN LENGTH("cppr_cp_review_outcome_continue_cp") > 1 THEN CONCAT(LEFT("cppr_cp_review_outcome_continue_cp", 0), '…') ELSE "cppr_cp_review_outcome_continue_cp" END, CASE WHEN LENGTH("cppr_cp_review_quorate") > 100 THEN CONCAT(LEFT("cppr_cp_review_quorate", 99), '…') ELSE "cppr_cp_review_quorate" END, CASE WHEN LENGTH("cppr_cp_review_participation") > 100 THEN CONCAT(LEFT("cppr_cp_review_participation", 99), '…') ELSE "cppr_cp_review_participation" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' cppr_cp_review_id=', COUNT(*) FILTER (WHERE LENGTH("cppr_cp_review_id") > 48)), ' cppr_cp_review_id=0'), NULLIF(CONCAT(' cppr_person_id=', COUNT(*) FILTER (WHERE LENGTH("cppr_person_id") > 48)), ' cppr_person_id=0'), NULLIF(CONCAT(' cppr_cp_plan_id=', COUNT(*) FILTER (WHERE LENGTH("cppr_cp_plan_id") > 48)), ' cppr_cp_plan_id=0'), NULLIF(CONCAT(' cppr_cp_review_meeting_id=', COUNT(*) FILTER (WHERE LENGTH("cppr_cp_review_meeting_id") > 48)), ' cppr_cp_review_meeting_id=0'), NULLIF(CONCAT(' cppr_cp_review_outcome_continue_cp=', COUNT(*) FILTER (WHERE LENGTH("cppr_cp_review_outcome_continue_cp") > 1)), ' cppr_cp_review_outcome_continue_cp=0'), NULLIF(CONCAT(' cppr_cp_review_quorate=', COUNT(*) FILTER (WHERE LENGTH("cppr_cp_review_quorate") > 100)), ' cppr_cp_review_quorate=0'), NULLIF(CONCAT(' cppr_cp_review_participation=', COUNT(*) FILTER (WHERE LENGTH("cppr_cp_review_participation") > 100)), ' cppr_cp_review_participation=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cp_reviews', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cp_reviews', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
