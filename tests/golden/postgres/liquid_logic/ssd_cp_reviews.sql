
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cp_reviews'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_cp_reviews";
    WITH subjects AS (
        SELECT cpr.FACT_CP_REVIEW_ID,
               MAX(ffa.ANSWER) AS quorate,
               MAX(fms.DIM_LOOKUP_PARTICIPATION_CODE_DESC) AS participation
        FROM "hdm"."child_social"."fact_cp_review" cpr
        JOIN "hdm"."child_social"."fact_meeting_subjects" fms
            ON fms.FACT_MEETINGS_ID = cpr.FACT_MEETING_ID AND fms.DIM_PERSON_ID = cpr.DIM_PERSON_ID
        LEFT JOIN "hdm"."child_social"."fact_form_answers" ffa
            ON ffa.FACT_FORM_ID = fms.FACT_OUTCM_FORM_ID
            AND fms.FACT_OUTCM_FORM_ID <> -1
            AND ffa.ANSWER_NO = 'WasConf'
        GROUP BY cpr.FACT_CP_REVIEW_ID
    )
    INSERT INTO "ssd"."ssd_cp_reviews" ("cppr_cp_review_id", "cppr_person_id", "cppr_cp_plan_id", "cppr_cp_review_due", "cppr_cp_review_date", "cppr_cp_review_meeting_id", "cppr_cp_review_outcome_continue_cp", "cppr_cp_review_quorate", "cppr_cp_review_participation")
    SELECT
        CAST(cpr.FACT_CP_REVIEW_ID AS VARCHAR(48)),
        CAST(cpr.DIM_PERSON_ID AS VARCHAR(48)),
        CAST(NULLIF(cpr.FACT_CP_PLAN_ID, -1) AS VARCHAR(48)),
        cpr.DUE_DTTM,
        cpr.MEETING_DTTM,
        CAST(fm.FACT_MEETING_ID AS VARCHAR(48)),
        LEFT(cpr.OUTCOME_CONTINUE_CP_FLAG, 1),
        NULLIF(LEFT(LTRIM(RTRIM(s.quorate)), 100), ''),
        LEFT(CAST(NULLIF(LTRIM(RTRIM(s.participation)), '') AS VARCHAR(100)), 100)
    FROM "hdm"."child_social"."fact_cp_review" cpr
    LEFT JOIN "hdm"."child_social"."fact_meetings" fm ON fm.FACT_MEETING_ID = cpr.FACT_MEETING_ID
    LEFT JOIN subjects s ON s.FACT_CP_REVIEW_ID = cpr.FACT_CP_REVIEW_ID
    WHERE cpr.DIM_PERSON_ID <> -1
        AND (cpr.MEETING_DTTM IS NULL OR cpr.MEETING_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(cpr.DIM_PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cp_reviews', loaded;
END $$;
-- ssd-bridge: end of batch
