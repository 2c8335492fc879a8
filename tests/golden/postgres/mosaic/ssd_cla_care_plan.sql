
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_care_plan'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cla_care_plan";
    WITH questions AS (
        SELECT q.code, CASE WHEN UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('LAC.PERM.PLAN', 'PWPC.PERMANENCEPLAN') THEN 1 ELSE 0 END AS is_plan
        FROM (SELECT DISTINCT fq.QUESTION_USER_CODE AS code FROM "dm_cached_form_answers" fq OFFSET 0) q
        WHERE UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('LAC.PERM.PLAN', 'PWPC.PERMANENCEPLAN')
    ),
    plan_answers AS (
        -- the highest category per step and subject; subject <= 0 answers for the whole step
        SELECT fa.WORKFLOW_STEP_ID AS step_id,
               CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
               MAX(CASE WHEN UPPER(TRIM(CAST(fa.TEXT_ANSWER AS VARCHAR(4000)))) = 'ADOPTION' THEN 'B) Adoption' WHEN UPPER(TRIM(CAST(fa.TEXT_ANSWER AS VARCHAR(4000)))) = 'INDEPENDENT LIVING/SUPPORTED LIVING IN THE COMMUNITY (PATHWAYS OR OTHER)' THEN 'D) Supported Living in the Community' WHEN UPPER(TRIM(CAST(fa.TEXT_ANSWER AS VARCHAR(4000)))) = 'LONG TERM FOSTERING' THEN 'F) Long-Term Fostering' WHEN UPPER(TRIM(CAST(fa.TEXT_ANSWER AS VARCHAR(4000)))) = 'LONG TERM PLACEMENT FRIENDS / FAMILY' THEN 'C) SGO/CAO' WHEN UPPER(TRIM(CAST(fa.TEXT_ANSWER AS VARCHAR(4000)))) = 'OTHER (PLEASE SPECIFY)' THEN 'G) Other' WHEN UPPER(TRIM(CAST(fa.TEXT_ANSWER AS VARCHAR(4000)))) = 'RESIDENTIAL' THEN 'E) Long-Term Residential Placement' WHEN UPPER(TRIM(CAST(fa.TEXT_ANSWER AS VARCHAR(4000)))) = 'RETURN TO BIRTH FAMILY' THEN 'A) Return to Family' END) AS category
        FROM "dm_cached_form_answers" fa
        JOIN questions qc ON qc.code = fa.QUESTION_USER_CODE
        WHERE fa.WORKFLOW_STEP_ID IS NOT NULL
        GROUP BY fa.WORKFLOW_STEP_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
    ),
    plans AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               COALESCE(s.STARTED_ON, s.INCOMING_ON) AS start_date, s.COMPLETED_ON AS end_date,
               COALESCE(pa.category, pa_all.category) AS category
        FROM "dm_workflow_steps" s
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(TRIM(CAST(ss.SUBJECT_TYPE_CODE AS VARCHAR(4000)))) = 'PER'
        LEFT JOIN plan_answers pa ON pa.step_id = s.WORKFLOW_STEP_ID AND pa.subject = ss.SUBJECT_COMPOUND_ID
    LEFT JOIN plan_answers pa_all ON pa_all.step_id = s.WORKFLOW_STEP_ID AND pa_all.subject = 0
        WHERE s.WORKFLOW_STEP_TYPE_ID IN (1242, 1237, 1234, 496, 500, 1262, 1263, 1264, 1295, 1297, 1232)
          AND UPPER(TRIM(CAST(s.STEP_STATUS AS VARCHAR(4000)))) = 'COMPLETED'
          AND s.COMPLETED_ON >= (CURRENT_DATE - INTERVAL '6 years')
          AND COALESCE(s.STARTED_ON, s.INCOMING_ON) <= CURRENT_DATE
    ),
    ssd_bridge_fill ("lacp_table_id", "lacp_person_id", "lacp_cla_care_plan_start_date", "lacp_cla_care_plan_end_date", "lacp_cla_care_plan_json") AS (
    SELECT
        CONCAT(CAST(p.step_id AS VARCHAR(20)), '-', CAST(p.person_id AS VARCHAR(20))),
        CAST(p.person_id AS VARCHAR(48)),
        p.start_date,
        p.end_date,CONCAT('{"PERMANENCE_PLAN":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(p.category, ''), 198) AS TEXT)) AS TEXT), 'null')) <= 200 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(p.category, ''), 198) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(p.category, ''), 33) AS TEXT)) AS TEXT), 'null') END, '}')
    FROM plans p
    WHERE p.category IS NOT NULL
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(p.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("lacp_table_id" AS TEXT) AS "lacp_table_id", CAST("lacp_person_id" AS TEXT) AS "lacp_person_id", CAST("lacp_cla_care_plan_start_date" AS TIMESTAMP) AS "lacp_cla_care_plan_start_date", CAST("lacp_cla_care_plan_end_date" AS TIMESTAMP) AS "lacp_cla_care_plan_end_date", CAST("lacp_cla_care_plan_json" AS TEXT) AS "lacp_cla_care_plan_json"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cla_care_plan" ("lacp_table_id", "lacp_person_id", "lacp_cla_care_plan_start_date", "lacp_cla_care_plan_end_date", "lacp_cla_care_plan_json")
        SELECT CASE WHEN LENGTH("lacp_table_id") > 48 THEN CONCAT(LEFT("lacp_table_id", 47), '…') ELSE "lacp_table_id" END, CASE WHEN LENGTH("lacp_person_id") > 48 THEN CONCAT(LEFT("lacp_person_id", 47), '…') ELSE "lacp_person_id" END, "lacp_cla_care_plan_start_date", "lacp_cla_care_plan_end_date", CASE WHEN LENGTH("lacp_cla_care_plan_json") > 1000 THEN CONCAT(LEFT("lacp_cla_care_plan_json", 999), '…') ELSE "lacp_cla_care_plan_json" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' lacp_table_id=', COUNT(*) FILTER (WHERE LENGTH("lacp_table_id") > 48)), ' lacp_table_id=0'), NULLIF(CONCAT(' lacp_person_id=', COUNT(*) FILTER (WHERE LENGTH("lacp_person_id") > 48)), ' lacp_person_id=0'), NULLIF(CONCAT(' lacp_cla_care_plan_json=', COUNT(*) FILTER (WHERE LENGTH("lacp_cla_care_plan_json") > 1000)), ' lacp_cla_care_plan_json=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_care_plan', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_care_plan', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
