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
    WITH plans AS (
        SELECT cpp.FACT_INITIAL_CP_CONFERENCE_ID, cpp.FACT_CP_PLAN_ID,
               ROW_NUMBER() OVER (PARTITION BY cpp.FACT_INITIAL_CP_CONFERENCE_ID
                                  ORDER BY CASE WHEN cpp.START_DTTM IS NULL THEN 1 ELSE 0 END, cpp.START_DTTM, cpp.FACT_CP_PLAN_ID) AS rn
        FROM "hdm"."child_social"."fact_cp_plan" cpp
        WHERE cpp.FACT_INITIAL_CP_CONFERENCE_ID <> -1
    ),
    ssd_bridge_fill ("icpc_icpc_id", "icpc_icpc_meeting_id", "icpc_s47_enquiry_id", "icpc_person_id", "icpc_cp_plan_id", "icpc_referral_id", "icpc_icpc_transfer_in", "icpc_icpc_target_date", "icpc_icpc_date", "icpc_icpc_outcome_cp_flag", "icpc_icpc_outcome_json", "icpc_icpc_team", "icpc_icpc_worker_id") AS (
    SELECT
        CAST(c.FACT_CP_CONFERENCE_ID AS VARCHAR(48)),
        CAST(NULLIF(c.FACT_MEETING_ID, -1) AS VARCHAR(48)),
        CAST(NULLIF(c.FACT_S47_ID, -1) AS VARCHAR(48)),
        CAST(c.DIM_PERSON_ID AS VARCHAR(48)),
        CAST(pl.FACT_CP_PLAN_ID AS VARCHAR(48)),
        CAST(NULLIF(c.FACT_REFERRAL_ID, -1) AS VARCHAR(48)),
        LEFT(c.TRANSFER_IN_FLAG, 1),
        c.DUE_DTTM,
        m.ACTUAL_DTTM,
        LEFT(c.OUTCOME_CP_FLAG, 1),
        -- comments are cut to 300 characters so the escaped object always fits the 1000-character column
        CONCAT('{', '"NFA_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(c.OUTCOME_NFA_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(c.OUTCOME_NFA_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(c.OUTCOME_NFA_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"REFERRAL_TO_OTHER_AGENCY_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(c.OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(c.OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(c.OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"SINGLE_ASSESSMENT_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(c.OUTCOME_SINGLE_ASSESSMENT_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(c.OUTCOME_SINGLE_ASSESSMENT_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(c.OUTCOME_SINGLE_ASSESSMENT_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"PROV_OF_SERVICES_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(c.OUTCOME_PROV_OF_SERVICES_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(c.OUTCOME_PROV_OF_SERVICES_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(c.OUTCOME_PROV_OF_SERVICES_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"CP_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(c.OUTCOME_CP_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(c.OUTCOME_CP_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(c.OUTCOME_CP_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"OTHER_OUTCOMES_EXIST_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(c.OTHER_OUTCOMES_EXIST_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(c.OTHER_OUTCOMES_EXIST_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(c.OTHER_OUTCOMES_EXIST_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"TOTAL_NO_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN c.TOTAL_NO_OF_OUTCOMES >= 0 THEN c.TOTAL_NO_OF_OUTCOMES END AS VARCHAR(12)), 'null'), ',"COMMENTS":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(LEFT(c.OUTCOME_COMMENTS, 300), 740) AS TEXT)) AS TEXT), 'null')) <= 742 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(LEFT(c.OUTCOME_COMMENTS, 300), 740) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(LEFT(c.OUTCOME_COMMENTS, 300), 123) AS TEXT)) AS TEXT), 'null') END, '}'),
        CAST(NULLIF(c.ORGANISED_BY_DEPT_ID, -1) AS VARCHAR(48)),
        LEFT(CAST(c.ORGANISED_BY_USER_STAFF_ID AS VARCHAR(100)), 100)
    FROM "hdm"."child_social"."fact_cp_conference" c
    JOIN "hdm"."child_social"."fact_meetings" m ON m.FACT_MEETING_ID = c.FACT_MEETING_ID
    LEFT JOIN plans pl ON pl.FACT_INITIAL_CP_CONFERENCE_ID = c.FACT_CP_CONFERENCE_ID AND pl.rn = 1
    WHERE c.DIM_PERSON_ID <> -1
        AND UPPER(TRIM(CAST(m.DIM_LOOKUP_MTG_TYPE_ID_CODE AS VARCHAR(4000)))) = 'CPCONFERENCE'
        AND (m.ACTUAL_DTTM IS NULL OR m.ACTUAL_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(c.DIM_PERSON_ID AS VARCHAR(48)))
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
