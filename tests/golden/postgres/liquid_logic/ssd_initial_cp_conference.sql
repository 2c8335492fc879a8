DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_initial_cp_conference'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_initial_cp_conference";
    WITH plans AS (
        SELECT cpp.FACT_INITIAL_CP_CONFERENCE_ID, cpp.FACT_CP_PLAN_ID,
               ROW_NUMBER() OVER (PARTITION BY cpp.FACT_INITIAL_CP_CONFERENCE_ID
                                  ORDER BY CASE WHEN cpp.START_DTTM IS NULL THEN 1 ELSE 0 END, cpp.START_DTTM, cpp.FACT_CP_PLAN_ID) AS rn
        FROM "hdm"."child_social"."fact_cp_plan" cpp
        WHERE cpp.FACT_INITIAL_CP_CONFERENCE_ID <> -1
    )
    INSERT INTO "ssd"."ssd_initial_cp_conference" ("icpc_icpc_id", "icpc_icpc_meeting_id", "icpc_s47_enquiry_id", "icpc_person_id", "icpc_cp_plan_id", "icpc_referral_id", "icpc_icpc_transfer_in", "icpc_icpc_target_date", "icpc_icpc_date", "icpc_icpc_outcome_cp_flag", "icpc_icpc_outcome_json", "icpc_icpc_team", "icpc_icpc_worker_id")
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
        CONCAT('{', '"NFA_FLAG":', COALESCE(CAST(TO_JSON(CAST(c.OUTCOME_NFA_FLAG AS TEXT)) AS TEXT), 'null'), ',"REFERRAL_TO_OTHER_AGENCY_FLAG":', COALESCE(CAST(TO_JSON(CAST(c.OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG AS TEXT)) AS TEXT), 'null'), ',"SINGLE_ASSESSMENT_FLAG":', COALESCE(CAST(TO_JSON(CAST(c.OUTCOME_SINGLE_ASSESSMENT_FLAG AS TEXT)) AS TEXT), 'null'), ',"PROV_OF_SERVICES_FLAG":', COALESCE(CAST(TO_JSON(CAST(c.OUTCOME_PROV_OF_SERVICES_FLAG AS TEXT)) AS TEXT), 'null'), ',"CP_FLAG":', COALESCE(CAST(TO_JSON(CAST(c.OUTCOME_CP_FLAG AS TEXT)) AS TEXT), 'null'), ',"OTHER_OUTCOMES_EXIST_FLAG":', COALESCE(CAST(TO_JSON(CAST(c.OTHER_OUTCOMES_EXIST_FLAG AS TEXT)) AS TEXT), 'null'), ',"TOTAL_NO_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN c.TOTAL_NO_OF_OUTCOMES >= 0 THEN c.TOTAL_NO_OF_OUTCOMES END AS VARCHAR(12)), 'null'), ',"COMMENTS":', COALESCE(CAST(TO_JSON(CAST(LEFT(c.OUTCOME_COMMENTS, 300) AS TEXT)) AS TEXT), 'null'), '}'),
        CAST(NULLIF(c.ORGANISED_BY_DEPT_ID, -1) AS VARCHAR(48)),
        LEFT(CAST(c.ORGANISED_BY_USER_STAFF_ID AS VARCHAR(100)), 100)
    FROM "hdm"."child_social"."fact_cp_conference" c
    JOIN "hdm"."child_social"."fact_meetings" m ON m.FACT_MEETING_ID = c.FACT_MEETING_ID
    LEFT JOIN plans pl ON pl.FACT_INITIAL_CP_CONFERENCE_ID = c.FACT_CP_CONFERENCE_ID AND pl.rn = 1
    WHERE c.DIM_PERSON_ID <> -1
        AND m.DIM_LOOKUP_MTG_TYPE_ID_CODE = 'CPConference'
        AND (m.ACTUAL_DTTM IS NULL OR m.ACTUAL_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(c.DIM_PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_initial_cp_conference', loaded;
END $$;
-- ssd-bridge: end of batch
