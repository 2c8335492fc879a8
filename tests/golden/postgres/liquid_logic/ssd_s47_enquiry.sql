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
    WITH
    ssd_bridge_fill ("s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id", "s47e_s47_start_date", "s47e_s47_end_date", "s47e_s47_nfa", "s47e_s47_outcome_json", "s47e_s47_completed_by_team", "s47e_s47_completed_by_worker_id") AS (
    SELECT
        CAST(s.FACT_S47_ID AS VARCHAR(48)),
        CAST(NULLIF(s.FACT_REFERRAL_ID, -1) AS VARCHAR(48)),
        CAST(s.DIM_PERSON_ID AS VARCHAR(48)),
        s.START_DTTM,
        s.END_DTTM,
        LEFT(s.OUTCOME_NFA_FLAG, 1),
        -- comments are cut to 300 characters so the escaped object always fits the 1000-character column
        CONCAT('{', '"NFA_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_NFA_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_NFA_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_NFA_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"LEGAL_ACTION_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_LEGAL_ACTION_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_LEGAL_ACTION_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_LEGAL_ACTION_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"PROV_OF_SERVICES_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_PROV_OF_SERVICES_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_PROV_OF_SERVICES_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_PROV_OF_SERVICES_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"PROV_OF_SB_CARE_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_PROV_OF_SB_CARE_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_PROV_OF_SB_CARE_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_PROV_OF_SB_CARE_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"CP_CONFERENCE_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_CP_CONFERENCE_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_CP_CONFERENCE_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_CP_CONFERENCE_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"NFA_CONTINUE_SINGLE_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_NFA_CONTINUE_SINGLE_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_NFA_CONTINUE_SINGLE_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_NFA_CONTINUE_SINGLE_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"MONITOR_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_MONITOR_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_MONITOR_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_MONITOR_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"OTHER_OUTCOMES_EXIST_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(s.OTHER_OUTCOMES_EXIST_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(s.OTHER_OUTCOMES_EXIST_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(s.OTHER_OUTCOMES_EXIST_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"TOTAL_NO_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN s.TOTAL_NO_OF_OUTCOMES >= 0 THEN s.TOTAL_NO_OF_OUTCOMES END AS VARCHAR(12)), 'null'), ',"OUTCOME_COMMENTS":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(LEFT(s.OUTCOME_COMMENTS, 300), 667) AS TEXT)) AS TEXT), 'null')) <= 669 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(LEFT(s.OUTCOME_COMMENTS, 300), 667) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(LEFT(s.OUTCOME_COMMENTS, 300), 111) AS TEXT)) AS TEXT), 'null') END, '}'),
        CAST(NULLIF(s.COMPLETED_BY_DEPT_ID, -1) AS VARCHAR(48)),
        LEFT(CAST(s.COMPLETED_BY_USER_STAFF_ID AS VARCHAR(100)), 100)
    FROM "hdm"."child_social"."fact_s47" s
    WHERE s.DIM_PERSON_ID <> -1
        AND CAST(s.START_DTTM AS DATE) <= CURRENT_DATE
        AND (s.END_DTTM IS NULL OR s.END_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(s.DIM_PERSON_ID AS VARCHAR(48)))
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
