DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cin_assessments'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_cin_assessments";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_cin_assessments" ("cina_assessment_id" TEXT, "cina_person_id" TEXT, "cina_referral_id" TEXT, "cina_assessment_start_date" TIMESTAMP, "cina_assessment_child_seen" TEXT, "cina_assessment_auth_date" TIMESTAMP, "cina_assessment_outcome_json" TEXT, "cina_assessment_outcome_nfa" TEXT, "cina_assessment_team" TEXT, "cina_assessment_worker_id" TEXT);
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    WITH answers AS (
        SELECT fa.FACT_FORM_ID,
               MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = 'SEENYN' THEN UPPER(LTRIM(RTRIM(fa.ANSWER))) END) AS seen,
               MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = 'FORMENDDATE' THEN CASE WHEN TRIM(CAST(fa.ANSWER AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fa.ANSWER AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fa.ANSWER AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fa.ANSWER AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fa.ANSWER AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fa.ANSWER AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fa.ANSWER AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fa.ANSWER AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fa.ANSWER AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fa.ANSWER AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fa.ANSWER AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fa.ANSWER AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END) AS authorised
        FROM "hdm"."child_social"."fact_form_answers" fa
        WHERE fa.ANSWER_NO IN ('seenYN', 'FormEndDate')
        GROUP BY fa.FACT_FORM_ID
    )
    INSERT INTO pg_temp."ssd_load_ssd_cin_assessments" ("cina_assessment_id", "cina_person_id", "cina_referral_id", "cina_assessment_start_date", "cina_assessment_child_seen", "cina_assessment_auth_date", "cina_assessment_outcome_json", "cina_assessment_outcome_nfa", "cina_assessment_team", "cina_assessment_worker_id")
    SELECT
        CAST(sa.FACT_SINGLE_ASSESSMENT_ID AS VARCHAR(48)),
        CAST(sa.DIM_PERSON_ID AS VARCHAR(48)),
        CAST(NULLIF(sa.FACT_REFERRAL_ID, -1) AS VARCHAR(48)),
        sa.START_DTTM,
        CASE ans.seen WHEN 'YES' THEN 'Y' WHEN 'Y' THEN 'Y' WHEN 'NO' THEN 'N' WHEN 'N' THEN 'N' END,
        ans.authorised,
        -- comments are cut to 250 characters so the escaped object always fits the 1000-character column
        CONCAT('{', '"NFA_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_NFA_FLAG AS TEXT)) AS TEXT), 'null'), ',"NFA_S47_END_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_NFA_S47_END_FLAG AS TEXT)) AS TEXT), 'null'), ',"STRATEGY_DISCUSSION_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_STRATEGY_DISCUSSION_FLAG AS TEXT)) AS TEXT), 'null'), ',"CLA_REQUEST_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_CLA_REQUEST_FLAG AS TEXT)) AS TEXT), 'null'), ',"PRIVATE_FOSTERING_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_PRIVATE_FOSTERING_FLAG AS TEXT)) AS TEXT), 'null'), ',"LEGAL_ACTION_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_LEGAL_ACTION_FLAG AS TEXT)) AS TEXT), 'null'), ',"PROV_OF_SERVICES_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_PROV_OF_SERVICES_FLAG AS TEXT)) AS TEXT), 'null'), ',"PROV_OF_SB_CARE_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_PROV_OF_SB_CARE_FLAG AS TEXT)) AS TEXT), 'null'), ',"SPECIALIST_ASSESSMENT_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_SPECIALIST_ASSESSMENT_FLAG AS TEXT)) AS TEXT), 'null'), ',"REFERRAL_TO_OTHER_AGENCY_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG AS TEXT)) AS TEXT), 'null'), ',"OTHER_ACTIONS_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_OTHER_ACTIONS_FLAG AS TEXT)) AS TEXT), 'null'), ',"OTHER_OUTCOMES_EXIST_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OTHER_OUTCOMES_EXIST_FLAG AS TEXT)) AS TEXT), 'null'), ',"TOTAL_NO_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN sa.TOTAL_NO_OF_OUTCOMES >= 0 THEN sa.TOTAL_NO_OF_OUTCOMES END AS VARCHAR(12)), 'null'), ',"COMMENTS":', COALESCE(CAST(TO_JSON(CAST(LEFT(sa.OUTCOME_COMMENTS, 250) AS TEXT)) AS TEXT), 'null'), '}'),
        LEFT(sa.OUTCOME_NFA_FLAG, 1),
        CAST(NULLIF(sa.COMPLETED_BY_DEPT_ID, -1) AS VARCHAR(48)),
        CAST(NULLIF(sa.COMPLETED_BY_USER_ID, -1) AS VARCHAR(100))
    FROM "hdm"."child_social"."fact_single_assessment" sa
    LEFT JOIN answers ans ON ans.FACT_FORM_ID = sa.FACT_FORM_ID
    WHERE sa.DIM_PERSON_ID <> -1
        AND COALESCE(sa.DIM_LOOKUP_STEP_SUBSTATUS_CODE, '') NOT IN ('X', 'D')
        AND (ans.authorised IS NULL OR ans.authorised >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(sa.DIM_PERSON_ID AS VARCHAR(48)));
    DELETE FROM "ssd"."ssd_cin_assessments";
    INSERT INTO "ssd"."ssd_cin_assessments" ("cina_assessment_id", "cina_person_id", "cina_referral_id", "cina_assessment_start_date", "cina_assessment_child_seen", "cina_assessment_auth_date", "cina_assessment_outcome_json", "cina_assessment_outcome_nfa", "cina_assessment_team", "cina_assessment_worker_id")
    SELECT CASE WHEN LENGTH("cina_assessment_id") > 48 THEN CONCAT(LEFT("cina_assessment_id", 47), '…') ELSE "cina_assessment_id" END, CASE WHEN LENGTH("cina_person_id") > 48 THEN CONCAT(LEFT("cina_person_id", 47), '…') ELSE "cina_person_id" END, CASE WHEN LENGTH("cina_referral_id") > 48 THEN CONCAT(LEFT("cina_referral_id", 47), '…') ELSE "cina_referral_id" END, "cina_assessment_start_date", CASE WHEN LENGTH("cina_assessment_child_seen") > 1 THEN CONCAT(LEFT("cina_assessment_child_seen", 0), '…') ELSE "cina_assessment_child_seen" END, "cina_assessment_auth_date", CASE WHEN LENGTH("cina_assessment_outcome_json") > 1000 THEN CONCAT(LEFT("cina_assessment_outcome_json", 999), '…') ELSE "cina_assessment_outcome_json" END, CASE WHEN LENGTH("cina_assessment_outcome_nfa") > 1 THEN CONCAT(LEFT("cina_assessment_outcome_nfa", 0), '…') ELSE "cina_assessment_outcome_nfa" END, CASE WHEN LENGTH("cina_assessment_team") > 48 THEN CONCAT(LEFT("cina_assessment_team", 47), '…') ELSE "cina_assessment_team" END, CASE WHEN LENGTH("cina_assessment_worker_id") > 100 THEN CONCAT(LEFT("cina_assessment_worker_id", 99), '…') ELSE "cina_assessment_worker_id" END FROM pg_temp."ssd_load_ssd_cin_assessments";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cin_assessments', loaded;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    SELECT CONCAT('', NULLIF(CONCAT(' cina_assessment_id=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_id") > 48)), ' cina_assessment_id=0'), NULLIF(CONCAT(' cina_person_id=', COUNT(*) FILTER (WHERE LENGTH("cina_person_id") > 48)), ' cina_person_id=0'), NULLIF(CONCAT(' cina_referral_id=', COUNT(*) FILTER (WHERE LENGTH("cina_referral_id") > 48)), ' cina_referral_id=0'), NULLIF(CONCAT(' cina_assessment_child_seen=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_child_seen") > 1)), ' cina_assessment_child_seen=0'), NULLIF(CONCAT(' cina_assessment_outcome_json=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_outcome_json") > 1000)), ' cina_assessment_outcome_json=0'), NULLIF(CONCAT(' cina_assessment_outcome_nfa=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_outcome_nfa") > 1)), ' cina_assessment_outcome_nfa=0'), NULLIF(CONCAT(' cina_assessment_team=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_team") > 48)), ' cina_assessment_team=0'), NULLIF(CONCAT(' cina_assessment_worker_id=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_worker_id") > 100)), ' cina_assessment_worker_id=0')), '' INTO cuts, unread FROM pg_temp."ssd_load_ssd_cin_assessments";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cin_assessments', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_cin_assessments";
END $$;
-- ssd-bridge: end of batch
