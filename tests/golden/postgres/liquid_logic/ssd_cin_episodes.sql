
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cin_episodes'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_cin_episodes";
    INSERT INTO "ssd"."ssd_cin_episodes" ("cine_referral_id", "cine_person_id", "cine_referral_date", "cine_cin_primary_need_code", "cine_referral_source_code", "cine_referral_source_desc", "cine_referral_outcome_json", "cine_referral_nfa", "cine_close_reason", "cine_close_date", "cine_referral_team", "cine_referral_worker_id")
    SELECT
        CAST(r.FACT_REFERRAL_ID AS VARCHAR(48)),
        CAST(r.DIM_PERSON_ID AS VARCHAR(48)),
        r.REFRL_START_DTTM,
        LEFT(r.DIM_LOOKUP_CATEGORY_OF_NEED_CODE, 3),
        CAST(r.DIM_LOOKUP_CONT_SORC_ID AS VARCHAR(48)),
        LEFT(r.DIM_LOOKUP_CONT_SORC_ID_DESC, 255),
        -- the NFA flag has its own column; comments are cut to 900 characters (JSON-escaped)
        CONCAT('{', '"SINGLE_ASSESSMENT_FLAG":', COALESCE(CAST(TO_JSON(CAST(r.OUTCOME_SINGLE_ASSESSMENT_FLAG AS TEXT)) AS TEXT), 'null'), ',"STRATEGY_DISCUSSION_FLAG":', COALESCE(CAST(TO_JSON(CAST(r.OUTCOME_STRATEGY_DISCUSSION_FLAG AS TEXT)) AS TEXT), 'null'), ',"CLA_REQUEST_FLAG":', COALESCE(CAST(TO_JSON(CAST(r.OUTCOME_CLA_REQUEST_FLAG AS TEXT)) AS TEXT), 'null'), ',"NON_AGENCY_ADOPTION_FLAG":', COALESCE(CAST(TO_JSON(CAST(r.OUTCOME_NON_AGENCY_ADOPTION_FLAG AS TEXT)) AS TEXT), 'null'), ',"PRIVATE_FOSTERING_FLAG":', COALESCE(CAST(TO_JSON(CAST(r.OUTCOME_PRIVATE_FOSTERING_FLAG AS TEXT)) AS TEXT), 'null'), ',"CP_TRANSFER_IN_FLAG":', COALESCE(CAST(TO_JSON(CAST(r.OUTCOME_CP_TRANSFER_IN_FLAG AS TEXT)) AS TEXT), 'null'), ',"CP_CONFERENCE_FLAG":', COALESCE(CAST(TO_JSON(CAST(r.OUTCOME_CP_CONFERENCE_FLAG AS TEXT)) AS TEXT), 'null'), ',"CARE_LEAVER_FLAG":', COALESCE(CAST(TO_JSON(CAST(r.OUTCOME_CARE_LEAVER_FLAG AS TEXT)) AS TEXT), 'null'), ',"OTHER_OUTCOMES_EXIST_FLAG":', COALESCE(CAST(TO_JSON(CAST(r.OTHER_OUTCOMES_EXIST_FLAG AS TEXT)) AS TEXT), 'null'), ',"NUMBER_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN r.TOTAL_NO_OF_OUTCOMES >= 0 THEN r.TOTAL_NO_OF_OUTCOMES END AS VARCHAR(12)), 'null'), ',"COMMENTS":', COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_COMMENTS, 900) AS TEXT)) AS TEXT), 'null'), '}'),
        CASE
            WHEN r.OUTCOME_NFA_FLAG IS NULL THEN NULL
            WHEN UPPER(LTRIM(RTRIM(r.OUTCOME_NFA_FLAG))) IN ('Y', 'YES', 'TRUE', '1') THEN 'Y'
            WHEN UPPER(LTRIM(RTRIM(r.OUTCOME_NFA_FLAG))) IN ('N', 'NO', 'FALSE', '0') THEN 'N'
            ELSE LEFT(LTRIM(RTRIM(r.OUTCOME_NFA_FLAG)), 1)
        END,
        NULLIF(LEFT(LTRIM(RTRIM(r.DIM_LOOKUP_REFRL_ENDRSN_ID_CODE)), 100), ''),
        r.REFRL_END_DTTM,
        CAST(NULLIF(r.DIM_DEPARTMENT_ID, -1) AS VARCHAR(48)),
        CAST(NULLIF(r.DIM_WORKER_ID, -1) AS VARCHAR(48))
    FROM "hdm"."child_social"."fact_referrals" r
    WHERE r.DIM_PERSON_ID <> -1
        AND (r.REFRL_START_DTTM >= (CURRENT_DATE - INTERVAL '6 years') OR r.REFRL_END_DTTM >= (CURRENT_DATE - INTERVAL '6 years') OR r.REFRL_END_DTTM IS NULL)
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(r.DIM_PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cin_episodes', loaded;
END $$;
-- ssd-bridge: end of batch
