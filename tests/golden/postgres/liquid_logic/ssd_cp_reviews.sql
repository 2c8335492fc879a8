
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cp_reviews'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
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
            AND UPPER(TRIM(CAST(ffa.ANSWER_NO AS VARCHAR(4000)))) = 'WASCONF'
        GROUP BY cpr.FACT_CP_REVIEW_ID
    ),
    ssd_bridge_fill ("cppr_cp_review_id", "cppr_person_id", "cppr_cp_plan_id", "cppr_cp_review_due", "cppr_cp_review_date", "cppr_cp_review_meeting_id", "cppr_cp_review_outcome_continue_cp", "cppr_cp_review_quorate", "cppr_cp_review_participation") AS (
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
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(cpr.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("cppr_cp_review_id" AS TEXT) AS "cppr_cp_review_id", CAST("cppr_person_id" AS TEXT) AS "cppr_person_id", CAST("cppr_cp_plan_id" AS TEXT) AS "cppr_cp_plan_id", CAST("cppr_cp_review_due" AS TIMESTAMP) AS "cppr_cp_review_due", CAST("cppr_cp_review_date" AS TIMESTAMP) AS "cppr_cp_review_date", CAST("cppr_cp_review_meeting_id" AS TEXT) AS "cppr_cp_review_meeting_id", CAST("cppr_cp_review_outcome_continue_cp" AS TEXT) AS "cppr_cp_review_outcome_continue_cp", CAST("cppr_cp_review_quorate" AS TEXT) AS "cppr_cp_review_quorate", CAST("cppr_cp_review_participation" AS TEXT) AS "cppr_cp_review_participation"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cp_reviews" ("cppr_cp_review_id", "cppr_person_id", "cppr_cp_plan_id", "cppr_cp_review_due", "cppr_cp_review_date", "cppr_cp_review_meeting_id", "cppr_cp_review_outcome_continue_cp", "cppr_cp_review_quorate", "cppr_cp_review_participation")
        SELECT CASE WHEN LENGTH("cppr_cp_review_id") > 48 THEN CONCAT(LEFT("cppr_cp_review_id", 47), '…') ELSE "cppr_cp_review_id" END, CASE WHEN LENGTH("cppr_person_id") > 48 THEN CONCAT(LEFT("cppr_person_id", 47), '…') ELSE "cppr_person_id" END, CASE WHEN LENGTH("cppr_cp_plan_id") > 48 THEN CONCAT(LEFT("cppr_cp_plan_id", 47), '…') ELSE "cppr_cp_plan_id" END, "cppr_cp_review_due", "cppr_cp_review_date", CASE WHEN LENGTH("cppr_cp_review_meeting_id") > 48 THEN CONCAT(LEFT("cppr_cp_review_meeting_id", 47), '…') ELSE "cppr_cp_review_meeting_id" END, CASE WHEN LENGTH("cppr_cp_review_outcome_continue_cp") > 1 THEN CONCAT(LEFT("cppr_cp_review_outcome_continue_cp", 0), '…') ELSE "cppr_cp_review_outcome_continue_cp" END, CASE WHEN LENGTH("cppr_cp_review_quorate") > 100 THEN CONCAT(LEFT("cppr_cp_review_quorate", 99), '…') ELSE "cppr_cp_review_quorate" END, CASE WHEN LENGTH("cppr_cp_review_participation") > 100 THEN CONCAT(LEFT("cppr_cp_review_participation", 99), '…') ELSE "cppr_cp_review_participation" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' cppr_cp_review_id=', COUNT(*) FILTER (WHERE LENGTH("cppr_cp_review_id") > 48)), ' cppr_cp_review_id=0'), NULLIF(CONCAT(' cppr_person_id=', COUNT(*) FILTER (WHERE LENGTH("cppr_person_id") > 48)), ' cppr_person_id=0'), NULLIF(CONCAT(' cppr_cp_plan_id=', COUNT(*) FILTER (WHERE LENGTH("cppr_cp_plan_id") > 48)), ' cppr_cp_plan_id=0'), NULLIF(CONCAT(' cppr_cp_review_meeting_id=', COUNT(*) FILTER (WHERE LENGTH("cppr_cp_review_meeting_id") > 48)), ' cppr_cp_review_meeting_id=0'), NULLIF(CONCAT(' cppr_cp_review_outcome_continue_cp=', COUNT(*) FILTER (WHERE LENGTH("cppr_cp_review_outcome_continue_cp") > 1)), ' cppr_cp_review_outcome_continue_cp=0'), NULLIF(CONCAT(' cppr_cp_review_quorate=', COUNT(*) FILTER (WHERE LENGTH("cppr_cp_review_quorate") > 100)), ' cppr_cp_review_quorate=0'), NULLIF(CONCAT(' cppr_cp_review_participation=', COUNT(*) FILTER (WHERE LENGTH("cppr_cp_review_participation") > 100)), ' cppr_cp_review_participation=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cp_reviews', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cp_reviews', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
