
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_s47_enquiry'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_s47_enquiry";
    WITH enquiries AS (
        SELECT v.WORKFLOW_STEP_ID AS step_id, v.PERSON_ID AS person_id,
               CAST(v.STARTED_ON AS DATE) AS start_date, CAST(v.COMPLETED_ON AS DATE) AS end_date,
               v.RESPONSIBLE_TEAM_ID AS team_id, v.ASSIGNEE_ID AS worker_id
        FROM "dm_workflow_steps_people_vw" v
        WHERE UPPER(TRIM(CAST(v.IS_SECTION_47_ENQUIRY AS VARCHAR(4000)))) = 'Y'
          AND UPPER(TRIM(CAST(v.STEP_STATUS AS VARCHAR(4000)))) IN ('INCOMING', 'STARTED', 'REOPENED', 'COMPLETED')
          AND CAST(v.STARTED_ON AS DATE) <= CURRENT_DATE AND (CAST(v.COMPLETED_ON AS DATE) IS NULL OR CAST(v.COMPLETED_ON AS DATE) >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    actions AS (
        -- only the enquiries' next actions are grouped, not every link in the data mart
        SELECT wl.SOURCE_STEP_ID AS step_id, tp.PERSON_ID AS person_id,
               MAX(CASE WHEN UPPER(TRIM(CAST(ts.CP_CONFERENCE_CATEGORY AS VARCHAR(4000)))) = 'INITIAL'
                          OR 1 = 0 THEN 1 ELSE 0 END) AS conference,
               MAX(CASE WHEN 1 = 0 THEN 1 ELSE 0 END) AS further,
               MAX(CASE WHEN UPPER(TRIM(CAST(nt.IS_NO_FURTHER_ACTION AS VARCHAR(4000)))) = 'Y' THEN 1 ELSE 0 END) AS nfa
        FROM "dm_workflow_links" wl
        JOIN "dm_workflow_steps_people_vw" tp ON tp.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        JOIN "dm_workflow_steps" ts ON ts.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        LEFT JOIN "dm_workflow_nxt_action_types" nt ON nt.WORKFLOW_NEXT_ACTION_TYPE_ID = wl.WORKFLOW_NEXT_ACTION_TYPE_ID
        WHERE UPPER(TRIM(CAST(tp.STEP_STATUS AS VARCHAR(4000)))) IN ('INCOMING', 'STARTED', 'REOPENED', 'COMPLETED')
          AND wl.SOURCE_STEP_ID IN (SELECT e.step_id FROM enquiries e)
        GROUP BY wl.SOURCE_STEP_ID, tp.PERSON_ID
    ),
    referrals AS (
        SELECT chosen.step_id, chosen.person_id, chosen.referral_id
        FROM (
            SELECT ev.step_id, ev.person_id, CONCAT(CAST(ref.REFERRAL_ID AS VARCHAR(20)), '-', CAST(ref.PERSON_ID AS VARCHAR(20))) AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.step_id, ev.person_id ORDER BY ref.REFERRAL_DATE DESC, ref.REFERRAL_ID DESC) AS pick
            FROM enquiries ev
            JOIN "dm_cin_referrals" ref
                ON ref.PERSON_ID = ev.person_id AND ref.REFERRAL_DATE <= ev.start_date AND (ref.CLOSURE_DATE IS NULL OR ref.CLOSURE_DATE >= ev.start_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    ssd_bridge_fill ("s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id", "s47e_s47_start_date", "s47e_s47_end_date", "s47e_s47_nfa", "s47e_s47_outcome_json", "s47e_s47_completed_by_team", "s47e_s47_completed_by_worker_id") AS (
    SELECT
        CONCAT(CAST(e.step_id AS VARCHAR(20)), '-', CAST(e.person_id AS VARCHAR(20))),
        rf.referral_id,
        CAST(e.person_id AS VARCHAR(48)),
        e.start_date,
        e.end_date,
        CASE WHEN a.nfa = 1 AND a.conference = 0 AND a.further = 0 THEN 'Y' ELSE 'N' END,
        CONCAT('{"NFA_FLAG": "', CASE WHEN a.nfa = 1 AND a.conference = 0 AND a.further = 0 THEN 'Y' ELSE 'N' END,
               '", "CP_CONFERENCE_FLAG": "', CASE WHEN a.conference = 1 THEN 'Y' ELSE 'N' END, '"}'),
        CAST(e.team_id AS VARCHAR(48)),
        CAST(e.worker_id AS VARCHAR(100))
    FROM enquiries e
    LEFT JOIN referrals rf ON rf.step_id = e.step_id AND rf.person_id = e.person_id
    LEFT JOIN actions a ON a.step_id = e.step_id AND a.person_id = e.person_id
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(e.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("s47e_s47_enquiry_id" AS TEXT) AS "s47e_s47_enquiry_id", CAST("s47e_referral_id" AS TEXT) AS "s47e_referral_id", CAST("s47e_person_id" AS TEXT) AS "s47e_person_id", CAST("s47e_s47_start_date" AS TIMESTAMP) AS "s47e_s47_start_date", CAST("s47e_s47_end_date" AS TIMESTAMP) AS "s47e_s47_end_date", CAST("s47e_s47_nfa" AS TEXT) AS "s47e_s47_nfa", CAST("s47e_s47_outcome_json" AS TEXT) AS "s47e_s47_outcome_json", CAST("s47e_s47_completed_by_team" AS TEXT) AS "s47e_s47_completed_by_team", CAST("s47e_s47_completed_by_worker_id" AS TEXT) AS "s47e_s47_completed_by_worker_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_s47_enquiry" ("s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id", "s47e_s47_start_date", "s47e_s47_end_date", "s47e_s47_nfa", "s47e_s47_outcome_json", "s47e_s47_completed_by_team", "s47e_s47_completed_by_worker_id")
        SELECT CASE WHEN LENGTH("s47e_s47_enquiry_id") > 48 THEN CONCAT(LEFT("s47e_s47_enquiry_id", 47), '…') ELSE "s47e_s47_enquiry_id" END, CASE WHEN LENGTH("s47e_referral_id") > 48 THEN CONCAT(LEFT("s47e_referral_id", 47), '…') ELSE "s47e_referral_id" END, CASE WHEN LENGTH("s47e_person_id") > 48 THEN CONCAT(LEFT("s47e_person_id", 47), '…') ELSE "s47e_person_id" END, "s47e_s47_start_date", "s47e_s47_end_date", CASE WHEN LENGTH("s47e_s47_nfa") > 1 THEN CONCAT(LEFT("s47e_s47_nfa", 0), '…') ELSE "s47e_s47_nfa" END, CASE WHEN LENGTH("s47e_s47_outcome_json") > 1000 THEN CONCAT(LEFT("s47e_s47_outcome_json", 999), '…') ELSE "s47e_s47_outcome_json" END, CASE WHEN LENGTH("s47e_s47_completed_by_team") > 48 THEN CONCAT(LEFT("s47e_s47_completed_by_team", 47), '…') ELSE "s47e_s47_completed_by_team" END, CASE WHEN LENGTH("s47e_s47_completed_by_worker_id") > 100 THEN CONCAT(LEFT("s47e_s47_completed_by_worker_id", 99), '…') ELSE "s47e_s47_completed_by_worker_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' s47e_s47_enquiry_id=', COUNT(*) FILTER (WHERE LENGTH("s47e_s47_enquiry_id") > 48)), ' s47e_s47_enquiry_id=0'), NULLIF(CONCAT(' s47e_referral_id=', COUNT(*) FILTER (WHERE LENGTH("s47e_referral_id") > 48)), ' s47e_referral_id=0'), NULLIF(CONCAT(' s47e_person_id=', COUNT(*) FILTER (WHERE LENGTH("s47e_person_id") > 48)), ' s47e_person_id=0'), NULLIF(CONCAT(' s47e_s47_nfa=', COUNT(*) FILTER (WHERE LENGTH("s47e_s47_nfa") > 1)), ' s47e_s47_nfa=0'), NULLIF(CONCAT(' s47e_s47_outcome_json=', COUNT(*) FILTER (WHERE LENGTH("s47e_s47_outcome_json") > 1000)), ' s47e_s47_outcome_json=0'), NULLIF(CONCAT(' s47e_s47_completed_by_team=', COUNT(*) FILTER (WHERE LENGTH("s47e_s47_completed_by_team") > 48)), ' s47e_s47_completed_by_team=0'), NULLIF(CONCAT(' s47e_s47_completed_by_worker_id=', COUNT(*) FILTER (WHERE LENGTH("s47e_s47_completed_by_worker_id") > 100)), ' s47e_s47_completed_by_worker_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_s47_enquiry', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_s47_enquiry', cuts; END IF;
END $$;

-- ssd-bridge: end of batch
