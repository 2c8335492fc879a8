DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_initial_cp_conference'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_initial_cp_conference";
    WITH conferences AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id, s.WORKFLOW_STEP_TYPE_ID AS step_type,
               CAST(s.CP_CONFERENCE_ACTUAL_DATE AS DATE) AS held_on,
               s.RESPONSIBLE_TEAM_ID AS team_id, s.ASSIGNEE_ID AS worker_id
        FROM "dm_workflow_steps" s
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(TRIM(CAST(ss.SUBJECT_TYPE_CODE AS VARCHAR(4000)))) = 'PER'
        WHERE UPPER(TRIM(CAST(s.CP_CONFERENCE_CATEGORY AS VARCHAR(4000)))) = 'INITIAL'
          AND UPPER(TRIM(CAST(s.STEP_STATUS AS VARCHAR(4000)))) = 'COMPLETED'
          AND s.CP_CONFERENCE_ACTUAL_DATE >= (CURRENT_DATE - INTERVAL '6 years')
          AND s.CP_CONFERENCE_ACTUAL_DATE <= CURRENT_DATE
    ),
    earlier AS (
        -- the child's steps before the conference: the latest S47, and the latest strategy discussion date
        SELECT c.step_id, c.person_id,
               ps.WORKFLOW_STEP_ID AS s47_step_id,
               ROW_NUMBER() OVER (PARTITION BY c.step_id, c.person_id
                                  ORDER BY CASE WHEN UPPER(TRIM(CAST(ps.IS_SECTION_47_ENQUIRY AS VARCHAR(4000)))) = 'Y' THEN 0 ELSE 1 END,
                                           COALESCE(ps.STARTED_ON, ps.INCOMING_ON) DESC, ps.WORKFLOW_STEP_ID DESC) AS rn,
               MAX(ps.STRATEGY_DISCUSSION_DATE) OVER (PARTITION BY c.step_id, c.person_id) AS strategy_date,
               ps.IS_SECTION_47_ENQUIRY AS is_s47
        FROM conferences c
        JOIN "dm_workflow_backwards" wb ON wb.WORKFLOW_STEP_ID = c.step_id
        JOIN "dm_workflow_steps" ps ON ps.WORKFLOW_STEP_ID = wb.PRECEDING_WORKFLOW_STEP_ID
        JOIN "dm_subgroup_subjects" pss
          ON pss.SUBGROUP_ID = ps.SUBGROUP_ID AND UPPER(TRIM(CAST(pss.SUBJECT_TYPE_CODE AS VARCHAR(4000)))) = 'PER' AND pss.SUBJECT_COMPOUND_ID = c.person_id
    ),
    plans AS (
        SELECT c.step_id, c.person_id, rg.REGISTRATION_ID AS plan_id,
               ROW_NUMBER() OVER (PARTITION BY c.step_id, c.person_id
                                  ORDER BY CASE WHEN rg.REGISTRATION_STEP_ID = c.step_id THEN 0 ELSE 1 END, rg.REGISTRATION_ID) AS rn
        FROM conferences c
        JOIN "dm_registrations" rg
          ON rg.PERSON_ID = c.person_id AND CAST(rg.REGISTRATION_START_DATE AS DATE) = c.held_on
        WHERE UPPER(TRIM(CAST(rg.IS_CHILD_PROTECTION_PLAN AS VARCHAR(4000)))) = 'Y' AND NOT UPPER(TRIM(CAST(COALESCE(rg.IS_TEMPORARY_CHILD_PROTECTION, 'N') AS VARCHAR(4000)))) = 'Y'
    ),
    transfers AS (
        SELECT DISTINCT mf.MAPPED_VALUE AS step_type
        FROM "dm_mapping_filters" mf
        WHERE UPPER(TRIM(CAST(mf.FILTER_NAME AS VARCHAR(4000)))) = 'CHILD CIN TRANSFER IN CONFERENCES'
    ),
    referrals AS (
        SELECT chosen.step_id, chosen.person_id, chosen.referral_id
        FROM (
            SELECT ev.step_id, ev.person_id, CONCAT(CAST(ref.REFERRAL_ID AS VARCHAR(20)), '-', CAST(ref.PERSON_ID AS VARCHAR(20))) AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.step_id, ev.person_id ORDER BY ref.REFERRAL_DATE DESC, ref.REFERRAL_ID DESC) AS pick
            FROM conferences ev
            JOIN "dm_cin_referrals" ref
                ON ref.PERSON_ID = ev.person_id AND ref.REFERRAL_DATE <= ev.held_on AND (ref.CLOSURE_DATE IS NULL OR ref.CLOSURE_DATE >= ev.held_on)
        ) chosen
        WHERE chosen.pick = 1
    ),
    ssd_bridge_fill ("icpc_icpc_id", "icpc_icpc_meeting_id", "icpc_s47_enquiry_id", "icpc_person_id", "icpc_cp_plan_id", "icpc_referral_id", "icpc_icpc_transfer_in", "icpc_icpc_target_date", "icpc_icpc_date", "icpc_icpc_outcome_cp_flag", "icpc_icpc_outcome_json", "icpc_icpc_team", "icpc_icpc_worker_id") AS (
    SELECT
        CONCAT(CAST(c.step_id AS VARCHAR(20)), '-', CAST(c.person_id AS VARCHAR(20))),
        NULL,  -- icpc_icpc_meeting_id: Mosaic records the conference as the step itself; there is no meeting id
        CASE WHEN UPPER(TRIM(CAST(e.is_s47 AS VARCHAR(4000)))) = 'Y' THEN CONCAT(CAST(e.s47_step_id AS VARCHAR(20)), '-', CAST(c.person_id AS VARCHAR(20))) END,
        CAST(c.person_id AS VARCHAR(48)),
        CAST(p.plan_id AS VARCHAR(48)),
        rf.referral_id,
        CASE WHEN CAST(c.step_type AS VARCHAR(48)) IN (SELECT LTRIM(RTRIM(CAST(t.step_type AS VARCHAR(48)))) FROM transfers t) THEN 'Y' ELSE 'N' END,
        CASE WHEN e.strategy_date IS NOT NULL THEN (e.strategy_date + CASE WHEN (CAST(EXTRACT(ISODOW FROM e.strategy_date) AS INT) - 1) >= 4 THEN 21 - ((CAST(EXTRACT(ISODOW FROM e.strategy_date) AS INT) - 1) - 4) WHEN (CAST(EXTRACT(ISODOW FROM e.strategy_date) AS INT) - 1) + 0 >= 5 THEN 23 ELSE 21 END * INTERVAL '1 day') END,
        c.held_on,
        CASE WHEN p.plan_id IS NOT NULL THEN 'Y' ELSE 'N' END,
        CONCAT('{"CP_FLAG": "', CASE WHEN p.plan_id IS NOT NULL THEN 'Y' ELSE 'N' END, '"}'),
        CAST(c.team_id AS VARCHAR(48)),
        CAST(c.worker_id AS VARCHAR(100))
    FROM conferences c
    LEFT JOIN referrals rf ON rf.step_id = c.step_id AND rf.person_id = c.person_id
    LEFT JOIN earlier e ON e.step_id = c.step_id AND e.person_id = c.person_id AND e.rn = 1
    LEFT JOIN plans p ON p.step_id = c.step_id AND p.person_id = c.person_id AND p.rn = 1
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(c.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("icpc_icpc_id" AS TEXT) AS "icpc_icpc_id", CAST("icpc_icpc_meeting_id" AS TEXT) AS "icpc_icpc_meeting_id", CAST("icpc_s47_enquiry_id" AS TEXT) AS "icpc_s47_enquiry_id", CAST("icpc_person_id" AS TEXT) AS "icpc_person_id", CAST("icpc_cp_plan_id" AS TEXT) AS "icpc_cp_plan_id", CAST("icpc_referral_id" AS TEXT) AS "icpc_referral_id", CAST("icpc_icpc_transfer_in" AS TEXT) AS "icpc_icpc_transfer_in", CAST("icpc_icpc_target_date" AS TIMESTAMP) AS "icpc_icpc_target_date", CAST("icpc_icpc_date" AS TIMESTAMP) AS "icpc_icpc_date", CAST("icpc_icpc_outcome_cp_flag" AS TEXT) AS "icpc_icpc_outcome_cp_flag", CAST("icpc_icpc_outcome_json" AS TEXT) AS "icpc_icpc_outcome_json", CAST("icpc_icpc_team" AS TEXT) AS "icpc_icpc_team", CAST("icpc_icpc_worker_id" AS TEXT) AS "icpc_icpc_worker_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_initial_cp_conference" ("icpc_icpc_id", "icpc_icpc_meeting_id", "icpc_s47_enquiry_id", "icpc_person_id", "icpc_cp_plan_id", "icpc_referral_id", "icpc_icpc_transfer_in", "icpc_icpc_target_date", "icpc_icpc_date", "icpc_icpc_outcome_cp_flag", "icpc_icpc_outcome_json", "icpc_icpc_team", "icpc_icpc_worker_id")
        SELECT CASE WHEN LENGTH("icpc_icpc_id") > 48 THEN CONCAT(LEFT("icpc_icpc_id", 47), '…') ELSE "icpc_icpc_id" END, CASE WHEN LENGTH("icpc_icpc_meeting_id") > 48 THEN CONCAT(LEFT("icpc_icpc_meeting_id", 47), '…') ELSE "icpc_icpc_meeting_id" END, CASE WHEN LENGTH("icpc_s47_enquiry_id") > 48 THEN CONCAT(LEFT("icpc_s47_enquiry_id", 47), '…') ELSE "icpc_s47_enquiry_id" END, CASE WHEN LENGTH("icpc_person_id") > 48 THEN CONCAT(LEFT("icpc_person_id", 47), '…') ELSE "icpc_person_id" END, CASE WHEN LENGTH("icpc_cp_plan_id") > 48 THEN CONCAT(LEFT("icpc_cp_plan_id", 47), '…') ELSE "icpc_cp_plan_id" END, CASE WHEN LENGTH("icpc_referral_id") > 48 THEN CONCAT(LEFT("icpc_referral_id", 47), '…') ELSE "icpc_referral_id" END, CASE WHEN LENGTH("icpc_icpc_transfer_in") > 1 THEN CONCAT(LEFT("icpc_icpc_transfer_in", 0), '…') ELSE "icpc_icpc_transfer_in" END, "icpc_icpc_target_date", "icpc_icpc_date", CASE WHEN LENGTH("icpc_icpc_outcome_cp_flag") > 1 THEN CONCAT(LEFT("icpc_icpc_outcome_cp_flag", 0), '…') ELSE "icpc_icpc_outcome_cp_flag" END, CASE WHEN LENGTH("icpc_icpc_outcome_json") > 1000 THEN CONCAT(LEFT("icpc_icpc_outcome_json", 999), '…') ELSE "icpc_icpc_outcome_json" END, CASE WHEN LENGTH("icpc_icpc_team") > 48 THEN CONCAT(LEFT("icpc_icpc_team", 47), '…') ELSE "icpc_icpc_team" END, CASE WHEN LENGTH("icpc_icpc_worker_id") > 100 THEN CONCAT(LEFT("icpc_icpc_worker_id", 99), '…') ELSE "icpc_icpc_worker_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' icpc_icpc_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_id") > 48)), ' icpc_icpc_id=0'), NULLIF(CONCAT(' icpc_icpc_meeting_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_meeting_id") > 48)), ' icpc_icpc_meeting_id=0'), NULLIF(CONCAT(' icpc_s47_enquiry_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_s47_enquiry_id") > 48)), ' icpc_s47_enquiry_id=0'), NULLIF(CONCAT(' icpc_person_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_person_id") > 48)), ' icpc_person_id=0'), NULLIF(CONCAT(' icpc_cp_plan_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_cp_plan_id") > 48)), ' icpc_cp_plan_id=0'), NULLIF(CONCAT(' icpc_referral_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_referral_id") > 48)), ' icpc_referral_id=0'), NULLIF(CONCAT(' icpc_icpc_transfer_in=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_transfer_in") > 1)), ' icpc_icpc_transfer_in=0'), NULLIF(CONCAT(' icpc_icpc_outcome_cp_flag=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_outcome_cp_flag") > 1)), ' icpc_icpc_outcome_cp_flag=0'), NULLIF(CONCAT(' icpc_icpc_outcome_json=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_outcome_json") > 1000)), ' icpc_icpc_outcome_json=0'), NULLIF(CONCAT(' icpc_icpc_team=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_team") > 48)), ' icpc_icpc_team=0'), NULLIF(CONCAT(' icpc_icpc_worker_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_worker_id") > 100)), ' icpc_icpc_worker_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_initial_cp_conference', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_initial_cp_conference', cuts; END IF;
END $$;

-- ssd-bridge: end of batch
