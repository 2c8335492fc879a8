
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cin_assessments'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cin_assessments";
    WITH steps AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               COALESCE(s.STARTED_ON, s.INCOMING_ON) AS start_date, s.COMPLETED_ON AS auth_date,
               s.RESPONSIBLE_TEAM_ID AS team_id, s.ASSIGNEE_ID AS worker_id
        FROM "dm_workflow_steps" s
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(TRIM(CAST(ss.SUBJECT_TYPE_CODE AS VARCHAR(4000)))) = 'PER'
        WHERE UPPER(TRIM(CAST(s.IS_CONTINUOUS_ASSESSMENT AS VARCHAR(4000)))) = 'Y'
          AND UPPER(TRIM(CAST(s.STEP_STATUS AS VARCHAR(4000)))) IN ('INCOMING', 'STARTED', 'REOPENED', 'COMPLETED')
          AND COALESCE(s.STARTED_ON, s.INCOMING_ON) <= CURRENT_DATE AND (s.COMPLETED_ON IS NULL OR s.COMPLETED_ON >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    seen AS (
        -- the answer, mapped through the LA's mapping group when it has one, read as Yes/No
        SELECT fa.WORKFLOW_STEP_ID AS step_id, fa.SUBJECT_PERSON_ID AS person_id,
               MAX(UPPER(LEFT(LTRIM(COALESCE(mg.CATEGORY_VALUE, fa.TEXT_ANSWER)), 1))) AS seen
        FROM "dm_filter_form_answers" fa
        LEFT JOIN "dm_mapping_groups" mg
               ON UPPER(TRIM(CAST(mg.GROUP_NAME AS VARCHAR(4000)))) = 'CHILD SEEN DURING ASSESSMENT' AND mg.MAPPED_VALUE = fa.TEXT_ANSWER
        WHERE UPPER(TRIM(CAST(fa.FILTER_NAME AS VARCHAR(4000)))) = 'CHILD SEEN DURING EVENT (LOOKUP)'
          AND fa.WORKFLOW_STEP_ID IN (SELECT st.step_id FROM steps st)
        GROUP BY fa.WORKFLOW_STEP_ID, fa.SUBJECT_PERSON_ID
    ),
    actions AS (
        -- next actions of the step that led to a live step for the same child (only the assessments' steps grouped)
        SELECT wl.SOURCE_STEP_ID AS step_id, tp.PERSON_ID AS person_id,
               MAX(CASE WHEN wl.WORKFLOW_NEXT_ACTION_TYPE_ID IN (3941, 4130, 3992, 3942, 4468, 3950, 3951, 3944, 4122, 3943) THEN 1 ELSE 0 END) AS further,
               MAX(CASE WHEN wl.WORKFLOW_NEXT_ACTION_TYPE_ID IN (3988, 3987, 3953, 4440) THEN 1 ELSE 0 END) AS nfa
        FROM "dm_workflow_links" wl
        JOIN "dm_workflow_steps_people_vw" tp ON tp.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        WHERE UPPER(TRIM(CAST(tp.STEP_STATUS AS VARCHAR(4000)))) IN ('INCOMING', 'STARTED', 'REOPENED', 'COMPLETED')
          AND wl.SOURCE_STEP_ID IN (SELECT st.step_id FROM steps st)
        GROUP BY wl.SOURCE_STEP_ID, tp.PERSON_ID
    ),
    referrals AS (
        SELECT ev.step_id, ev.person_id, CONCAT(CAST(MIN(ref.REFERRAL_ID) AS VARCHAR(20)), '-', CAST(MAX(ref.PERSON_ID) AS VARCHAR(20))) AS referral_id
        FROM steps ev
        JOIN "dm_cin_referrals" ref
            ON ref.PERSON_ID = ev.person_id AND (ev.auth_date IS NULL OR ref.REFERRAL_DATE <= ev.auth_date) AND (ref.CLOSURE_DATE IS NULL OR ref.CLOSURE_DATE >= ev.start_date)
        GROUP BY ev.step_id, ev.person_id
    ),
    ssd_bridge_fill ("cina_assessment_id", "cina_person_id", "cina_referral_id", "cina_assessment_start_date", "cina_assessment_child_seen", "cina_assessment_auth_date", "cina_assessment_outcome_json", "cina_assessment_outcome_nfa", "cina_assessment_team", "cina_assessment_worker_id") AS (
    SELECT
        CONCAT(CAST(st.step_id AS VARCHAR(20)), '-', CAST(st.person_id AS VARCHAR(20))),
        CAST(st.person_id AS VARCHAR(48)),
        rf.referral_id,
        st.start_date,
        CASE WHEN UPPER(TRIM(CAST(se.seen AS VARCHAR(4000)))) IN ('Y', 'N') THEN se.seen END,
        st.auth_date,
        CONCAT('{"NFA_FLAG": "', CASE WHEN a.nfa = 1 AND a.further = 0 THEN 'Y' ELSE 'N' END,
               '", "FURTHER_INTERVENTION_FLAG": "', CASE WHEN a.further = 1 THEN 'Y' ELSE 'N' END, '"}'),
        CASE WHEN a.nfa = 1 AND a.further = 0 THEN 'Y' ELSE 'N' END,
        CAST(st.team_id AS VARCHAR(48)),
        CAST(st.worker_id AS VARCHAR(100))
    FROM steps st
    LEFT JOIN referrals rf ON rf.step_id = st.step_id AND rf.person_id = st.person_id
    LEFT JOIN seen se ON se.step_id = st.step_id AND se.person_id = st.person_id
    LEFT JOIN actions a ON a.step_id = st.step_id AND a.person_id = st.person_id
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(st.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("cina_assessment_id" AS TEXT) AS "cina_assessment_id", CAST("cina_person_id" AS TEXT) AS "cina_person_id", CAST("cina_referral_id" AS TEXT) AS "cina_referral_id", CAST("cina_assessment_start_date" AS TIMESTAMP) AS "cina_assessment_start_date", CAST("cina_assessment_child_seen" AS TEXT) AS "cina_assessment_child_seen", CAST("cina_assessment_auth_date" AS TIMESTAMP) AS "cina_assessment_auth_date", CAST("cina_assessment_outcome_json" AS TEXT) AS "cina_assessment_outcome_json", CAST("cina_assessment_outcome_nfa" AS TEXT) AS "cina_assessment_outcome_nfa", CAST("cina_assessment_team" AS TEXT) AS "cina_assessment_team", CAST("cina_assessment_worker_id" AS TEXT) AS "cina_assessment_worker_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cin_assessments" ("cina_assessment_id", "cina_person_id", "cina_referral_id", "cina_assessment_start_date", "cina_assessment_child_seen", "cina_assessment_auth_date", "cina_assessment_outcome_json", "cina_assessment_outcome_nfa", "cina_assessment_team", "cina_assessment_worker_id")
        SELECT CASE WHEN LENGTH("cina_assessment_id") > 48 THEN CONCAT(LEFT("cina_assessment_id", 47), '…') ELSE "cina_assessment_id" END, CASE WHEN LENGTH("cina_person_id") > 48 THEN CONCAT(LEFT("cina_person_id", 47), '…') ELSE "cina_person_id" END, CASE WHEN LENGTH("cina_referral_id") > 48 THEN CONCAT(LEFT("cina_referral_id", 47), '…') ELSE "cina_referral_id" END, "cina_assessment_start_date", CASE WHEN LENGTH("cina_assessment_child_seen") > 1 THEN CONCAT(LEFT("cina_assessment_child_seen", 0), '…') ELSE "cina_assessment_child_seen" END, "cina_assessment_auth_date", CASE WHEN LENGTH("cina_assessment_outcome_json") > 1000 THEN CONCAT(LEFT("cina_assessment_outcome_json", 999), '…') ELSE "cina_assessment_outcome_json" END, CASE WHEN LENGTH("cina_assessment_outcome_nfa") > 1 THEN CONCAT(LEFT("cina_assessment_outcome_nfa", 0), '…') ELSE "cina_assessment_outcome_nfa" END, CASE WHEN LENGTH("cina_assessment_team") > 48 THEN CONCAT(LEFT("cina_assessment_team", 47), '…') ELSE "cina_assessment_team" END, CASE WHEN LENGTH("cina_assessment_worker_id") > 100 THEN CONCAT(LEFT("cina_assessment_worker_id", 99), '…') ELSE "cina_assessment_worker_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' cina_assessment_id=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_id") > 48)), ' cina_assessment_id=0'), NULLIF(CONCAT(' cina_person_id=', COUNT(*) FILTER (WHERE LENGTH("cina_person_id") > 48)), ' cina_person_id=0'), NULLIF(CONCAT(' cina_referral_id=', COUNT(*) FILTER (WHERE LENGTH("cina_referral_id") > 48)), ' cina_referral_id=0'), NULLIF(CONCAT(' cina_assessment_child_seen=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_child_seen") > 1)), ' cina_assessment_child_seen=0'), NULLIF(CONCAT(' cina_assessment_outcome_json=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_outcome_json") > 1000)), ' cina_assessment_outcome_json=0'), NULLIF(CONCAT(' cina_assessment_outcome_nfa=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_outcome_nfa") > 1)), ' cina_assessment_outcome_nfa=0'), NULLIF(CONCAT(' cina_assessment_team=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_team") > 48)), ' cina_assessment_team=0'), NULLIF(CONCAT(' cina_assessment_worker_id=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_worker_id") > 100)), ' cina_assessment_worker_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cin_assessments', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cin_assessments', cuts; END IF;
END $$;

-- ssd-bridge: end of batch
