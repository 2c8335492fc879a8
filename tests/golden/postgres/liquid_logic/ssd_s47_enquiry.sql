DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_s47_enquiry'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_s47_enquiry";
    INSERT INTO "ssd"."ssd_s47_enquiry" ("s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id", "s47e_s47_start_date", "s47e_s47_end_date", "s47e_s47_nfa", "s47e_s47_outcome_json", "s47e_s47_completed_by_team", "s47e_s47_completed_by_worker_id")
    SELECT
        CAST(s.FACT_S47_ID AS VARCHAR(48)),
        CAST(NULLIF(s.FACT_REFERRAL_ID, -1) AS VARCHAR(48)),
        CAST(s.DIM_PERSON_ID AS VARCHAR(48)),
        s.START_DTTM,
        s.END_DTTM,
        LEFT(s.OUTCOME_NFA_FLAG, 1),
        -- comments are cut to 300 characters so the escaped object always fits the 1000-character column
        CONCAT('{', '"NFA_FLAG":', COALESCE(CAST(TO_JSON(CAST(s.OUTCOME_NFA_FLAG AS TEXT)) AS TEXT), 'null'), ',"LEGAL_ACTION_FLAG":', COALESCE(CAST(TO_JSON(CAST(s.OUTCOME_LEGAL_ACTION_FLAG AS TEXT)) AS TEXT), 'null'), ',"PROV_OF_SERVICES_FLAG":', COALESCE(CAST(TO_JSON(CAST(s.OUTCOME_PROV_OF_SERVICES_FLAG AS TEXT)) AS TEXT), 'null'), ',"PROV_OF_SB_CARE_FLAG":', COALESCE(CAST(TO_JSON(CAST(s.OUTCOME_PROV_OF_SB_CARE_FLAG AS TEXT)) AS TEXT), 'null'), ',"CP_CONFERENCE_FLAG":', COALESCE(CAST(TO_JSON(CAST(s.OUTCOME_CP_CONFERENCE_FLAG AS TEXT)) AS TEXT), 'null'), ',"NFA_CONTINUE_SINGLE_FLAG":', COALESCE(CAST(TO_JSON(CAST(s.OUTCOME_NFA_CONTINUE_SINGLE_FLAG AS TEXT)) AS TEXT), 'null'), ',"MONITOR_FLAG":', COALESCE(CAST(TO_JSON(CAST(s.OUTCOME_MONITOR_FLAG AS TEXT)) AS TEXT), 'null'), ',"OTHER_OUTCOMES_EXIST_FLAG":', COALESCE(CAST(TO_JSON(CAST(s.OTHER_OUTCOMES_EXIST_FLAG AS TEXT)) AS TEXT), 'null'), ',"TOTAL_NO_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN s.TOTAL_NO_OF_OUTCOMES >= 0 THEN s.TOTAL_NO_OF_OUTCOMES END AS VARCHAR(12)), 'null'), ',"OUTCOME_COMMENTS":', COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_COMMENTS, 300) AS TEXT)) AS TEXT), 'null'), '}'),
        CAST(NULLIF(s.COMPLETED_BY_DEPT_ID, -1) AS VARCHAR(48)),
        LEFT(CAST(s.COMPLETED_BY_USER_STAFF_ID AS VARCHAR(100)), 100)
    FROM "hdm"."child_social"."fact_s47" s
    WHERE s.DIM_PERSON_ID <> -1
        AND CAST(s.START_DTTM AS DATE) <= CURRENT_DATE
        AND (s.END_DTTM IS NULL OR s.END_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(s.DIM_PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_s47_enquiry', loaded;
END $$;
-- ssd-bridge: end of batch
