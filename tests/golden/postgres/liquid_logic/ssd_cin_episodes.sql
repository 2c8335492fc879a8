
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cin_episodes'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cin_episodes";
    WITH
    ssd_bridge_fill ("cine_referral_id", "cine_person_id", "cine_referral_date", "cine_cin_primary_need_code", "cine_referral_source_code", "cine_referral_source_desc", "cine_referral_outcome_json", "cine_referral_nfa", "cine_close_reason", "cine_close_date", "cine_referral_team", "cine_referral_worker_id") AS (
    SELECT
        CAST(r.FACT_REFERRAL_ID AS VARCHAR(48)),
        CAST(r.DIM_PERSON_ID AS VARCHAR(48)),
        r.REFRL_START_DTTM,
        LEFT(r.DIM_LOOKUP_CATEGORY_OF_NEED_CODE, 3),
        CAST(r.DIM_LOOKUP_CONT_SORC_ID AS VARCHAR(48)),
        LEFT(r.DIM_LOOKUP_CONT_SORC_ID_DESC, 255),
        -- the NFA flag has its own column; comments are cut to 900 characters (JSON-escaped)
        CONCAT('{', '"SINGLE_ASSESSMENT_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_SINGLE_ASSESSMENT_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_SINGLE_ASSESSMENT_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_SINGLE_ASSESSMENT_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"STRATEGY_DISCUSSION_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_STRATEGY_DISCUSSION_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_STRATEGY_DISCUSSION_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_STRATEGY_DISCUSSION_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"CLA_REQUEST_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_CLA_REQUEST_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_CLA_REQUEST_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_CLA_REQUEST_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"NON_AGENCY_ADOPTION_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_NON_AGENCY_ADOPTION_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_NON_AGENCY_ADOPTION_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_NON_AGENCY_ADOPTION_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"PRIVATE_FOSTERING_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_PRIVATE_FOSTERING_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_PRIVATE_FOSTERING_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_PRIVATE_FOSTERING_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"CP_TRANSFER_IN_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_CP_TRANSFER_IN_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_CP_TRANSFER_IN_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_CP_TRANSFER_IN_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"CP_CONFERENCE_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_CP_CONFERENCE_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_CP_CONFERENCE_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_CP_CONFERENCE_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"CARE_LEAVER_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_CARE_LEAVER_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_CARE_LEAVER_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_CARE_LEAVER_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"OTHER_OUTCOMES_EXIST_FLAG":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(r.OTHER_OUTCOMES_EXIST_FLAG, 10) AS TEXT)) AS TEXT), 'null')) <= 12 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(r.OTHER_OUTCOMES_EXIST_FLAG, 10) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(r.OTHER_OUTCOMES_EXIST_FLAG, 1) AS TEXT)) AS TEXT), 'null') END, ',"NUMBER_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN r.TOTAL_NO_OF_OUTCOMES >= 0 THEN r.TOTAL_NO_OF_OUTCOMES END AS VARCHAR(12)), 'null'), ',"COMMENTS":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(LEFT(r.OUTCOME_COMMENTS, 900), 3620) AS TEXT)) AS TEXT), 'null')) <= 3622 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(LEFT(r.OUTCOME_COMMENTS, 900), 3620) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(LEFT(r.OUTCOME_COMMENTS, 900), 603) AS TEXT)) AS TEXT), 'null') END, '}'),
        CASE
            WHEN r.OUTCOME_NFA_FLAG IS NULL THEN NULL
            WHEN UPPER(TRIM(CAST(r.OUTCOME_NFA_FLAG AS VARCHAR(4000)))) IN ('Y', 'YES', 'TRUE', '1') THEN 'Y'
            WHEN UPPER(TRIM(CAST(r.OUTCOME_NFA_FLAG AS VARCHAR(4000)))) IN ('N', 'NO', 'FALSE', '0') THEN 'N'
            ELSE LEFT(LTRIM(RTRIM(r.OUTCOME_NFA_FLAG)), 1)
        END,
        NULLIF(LEFT(LTRIM(RTRIM(r.DIM_LOOKUP_REFRL_ENDRSN_ID_CODE)), 100), ''),
        r.REFRL_END_DTTM,
        CAST(NULLIF(r.DIM_DEPARTMENT_ID, -1) AS VARCHAR(48)),
        CAST(NULLIF(r.DIM_WORKER_ID, -1) AS VARCHAR(48))
    FROM "hdm"."child_social"."fact_referrals" r
    WHERE r.DIM_PERSON_ID <> -1
        AND (r.REFRL_START_DTTM >= (CURRENT_DATE - INTERVAL '6 years') OR r.REFRL_END_DTTM >= (CURRENT_DATE - INTERVAL '6 years') OR r.REFRL_END_DTTM IS NULL)
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(r.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("cine_referral_id" AS TEXT) AS "cine_referral_id", CAST("cine_person_id" AS TEXT) AS "cine_person_id", CAST("cine_referral_date" AS TIMESTAMP) AS "cine_referral_date", CAST("cine_cin_primary_need_code" AS TEXT) AS "cine_cin_primary_need_code", CAST("cine_referral_source_code" AS TEXT) AS "cine_referral_source_code", CAST("cine_referral_source_desc" AS TEXT) AS "cine_referral_source_desc", CAST("cine_referral_outcome_json" AS TEXT) AS "cine_referral_outcome_json", CAST("cine_referral_nfa" AS TEXT) AS "cine_referral_nfa", CAST("cine_close_reason" AS TEXT) AS "cine_close_reason", CAST("cine_close_date" AS TIMESTAMP) AS "cine_close_date", CAST("cine_referral_team" AS TEXT) AS "cine_referral_team", CAST("cine_referral_worker_id" AS TEXT) AS "cine_referral_worker_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cin_episodes" ("cine_referral_id", "cine_person_id", "cine_referral_date", "cine_cin_primary_need_code", "cine_referral_source_code", "cine_referral_source_desc", "cine_referral_outcome_json", "cine_referral_nfa", "cine_close_reason", "cine_close_date", "cine_referral_team", "cine_referral_worker_id")
        SELECT CASE WHEN LENGTH("cine_referral_id") > 48 THEN CONCAT(LEFT("cine_referral_id", 47), '…') ELSE "cine_referral_id" END, CASE WHEN LENGTH("cine_person_id") > 48 THEN CONCAT(LEFT("cine_person_id", 47), '…') ELSE "cine_person_id" END, "cine_referral_date", CASE WHEN LENGTH("cine_cin_primary_need_code") > 3 THEN CONCAT(LEFT("cine_cin_primary_need_code", 2), '…') ELSE "cine_cin_primary_need_code" END, CASE WHEN LENGTH("cine_referral_source_code") > 48 THEN CONCAT(LEFT("cine_referral_source_code", 47), '…') ELSE "cine_referral_source_code" END, CASE WHEN LENGTH("cine_referral_source_desc") > 255 THEN CONCAT(LEFT("cine_referral_source_desc", 254), '…') ELSE "cine_referral_source_desc" END, CASE WHEN LENGTH("cine_referral_outcome_json") > 4000 THEN CONCAT(LEFT("cine_referral_outcome_json", 3999), '…') ELSE "cine_referral_outcome_json" END, CASE WHEN LENGTH("cine_referral_nfa") > 1 THEN CONCAT(LEFT("cine_referral_nfa", 0), '…') ELSE "cine_referral_nfa" END, CASE WHEN LENGTH("cine_close_reason") > 100 THEN CONCAT(LEFT("cine_close_reason", 99), '…') ELSE "cine_close_reason" END, "cine_close_date", CASE WHEN LENGTH("cine_referral_team") > 48 THEN CONCAT(LEFT("cine_referral_team", 47), '…') ELSE "cine_referral_team" END, CASE WHEN LENGTH("cine_referral_worker_id") > 48 THEN CONCAT(LEFT("cine_referral_worker_id", 47), '…') ELSE "cine_referral_worker_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' cine_referral_id=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_id") > 48)), ' cine_referral_id=0'), NULLIF(CONCAT(' cine_person_id=', COUNT(*) FILTER (WHERE LENGTH("cine_person_id") > 48)), ' cine_person_id=0'), NULLIF(CONCAT(' cine_cin_primary_need_code=', COUNT(*) FILTER (WHERE LENGTH("cine_cin_primary_need_code") > 3)), ' cine_cin_primary_need_code=0'), NULLIF(CONCAT(' cine_referral_source_code=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_source_code") > 48)), ' cine_referral_source_code=0'), NULLIF(CONCAT(' cine_referral_source_desc=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_source_desc") > 255)), ' cine_referral_source_desc=0'), NULLIF(CONCAT(' cine_referral_outcome_json=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_outcome_json") > 4000)), ' cine_referral_outcome_json=0'), NULLIF(CONCAT(' cine_referral_nfa=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_nfa") > 1)), ' cine_referral_nfa=0'), NULLIF(CONCAT(' cine_close_reason=', COUNT(*) FILTER (WHERE LENGTH("cine_close_reason") > 100)), ' cine_close_reason=0'), NULLIF(CONCAT(' cine_referral_team=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_team") > 48)), ' cine_referral_team=0'), NULLIF(CONCAT(' cine_referral_worker_id=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_worker_id") > 48)), ' cine_referral_worker_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cin_episodes', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cin_episodes', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
