
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
    WITH plans AS (
        SELECT fcp.FACT_CARE_PLAN_ID, fcp.DIM_PERSON_ID, fcp.START_DTTM, fcp.END_DTTM
        FROM "hdm"."child_social"."fact_care_plans" fcp
        WHERE fcp.DIM_PERSON_ID <> -1
            AND UPPER(TRIM(CAST(fcp.DIM_LOOKUP_PLAN_STATUS_ID_CODE AS VARCHAR(4000)))) = 'A'

            AND (fcp.END_DTTM IS NULL OR fcp.END_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
            AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(fcp.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    plan_forms AS (
        -- per form: its person and when it was answered
        SELECT ff.FACT_FORM_ID, ff.DIM_PERSON_ID, MAX(ffa.ANSWERED_DTTM) AS answered
        FROM "hdm"."child_social"."fact_form_answers" ffa
        JOIN "hdm"."child_social"."fact_forms" ff ON ff.FACT_FORM_ID = ffa.FACT_FORM_ID
        WHERE UPPER(TRIM(CAST(ffa.ANSWER_NO AS VARCHAR(4000)))) IN ('CPFUP1', 'CPFUP2', 'CPFUP3', 'CPFUP4', 'CPFUP5', 'CPFUP6', 'CPFUP7', 'CPFUP8', 'CPFUP9', 'CPFUP10')
        GROUP BY ff.FACT_FORM_ID, ff.DIM_PERSON_ID
    ),
    chosen AS (
        SELECT chosen.FACT_CARE_PLAN_ID, chosen.form_id
        FROM (
            SELECT ev.FACT_CARE_PLAN_ID, pf.FACT_FORM_ID AS form_id,
                ROW_NUMBER() OVER (PARTITION BY ev.FACT_CARE_PLAN_ID ORDER BY pf.answered DESC, pf.FACT_FORM_ID DESC) AS pick
            FROM plans ev
            JOIN plan_forms pf
                ON pf.DIM_PERSON_ID = ev.DIM_PERSON_ID AND (ev.END_DTTM IS NULL OR pf.answered < ev.END_DTTM)
        ) chosen
        WHERE chosen.pick = 1
    ),
    answers AS (
        SELECT c.FACT_CARE_PLAN_ID,
               MAX(CASE WHEN UPPER(TRIM(CAST(ffa.ANSWER_NO AS VARCHAR(4000)))) = 'CPFUP9' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS adoption,
               MAX(CASE WHEN UPPER(TRIM(CAST(ffa.ANSWER_NO AS VARCHAR(4000)))) = 'CPFUP6' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS ltfost18,
               MAX(CASE WHEN UPPER(TRIM(CAST(ffa.ANSWER_NO AS VARCHAR(4000)))) = 'CPFUP5' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS ltrelfr,
               MAX(CASE WHEN UPPER(TRIM(CAST(ffa.ANSWER_NO AS VARCHAR(4000)))) = 'CPFUP10' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS otherpln,
               MAX(CASE WHEN UPPER(TRIM(CAST(ffa.ANSWER_NO AS VARCHAR(4000)))) = 'CPFUP1' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS remainsup,
               MAX(CASE WHEN UPPER(TRIM(CAST(ffa.ANSWER_NO AS VARCHAR(4000)))) = 'CPFUP7' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS resplmt,
               MAX(CASE WHEN UPPER(TRIM(CAST(ffa.ANSWER_NO AS VARCHAR(4000)))) = 'CPFUP2' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS return1m,
               MAX(CASE WHEN UPPER(TRIM(CAST(ffa.ANSWER_NO AS VARCHAR(4000)))) = 'CPFUP3' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS return6m,
               MAX(CASE WHEN UPPER(TRIM(CAST(ffa.ANSWER_NO AS VARCHAR(4000)))) = 'CPFUP4' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS returnev,
               MAX(CASE WHEN UPPER(TRIM(CAST(ffa.ANSWER_NO AS VARCHAR(4000)))) = 'CPFUP8' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS suppliv
        FROM chosen c
        JOIN "hdm"."child_social"."fact_form_answers" ffa ON ffa.FACT_FORM_ID = c.form_id
        GROUP BY c.FACT_CARE_PLAN_ID
    ),
    ssd_bridge_fill ("lacp_table_id", "lacp_person_id", "lacp_cla_care_plan_start_date", "lacp_cla_care_plan_end_date", "lacp_cla_care_plan_json") AS (
    SELECT
        CAST(p.FACT_CARE_PLAN_ID AS VARCHAR(48)),
        CAST(p.DIM_PERSON_ID AS VARCHAR(48)),
        p.START_DTTM,
        p.END_DTTM,
        CONCAT('{', '"REMAINSUP":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.remainsup, ''), 78) AS TEXT)) AS TEXT), 'null')) <= 80 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.remainsup, ''), 78) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.remainsup, ''), 13) AS TEXT)) AS TEXT), 'null') END, ',"RETURN1M":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.return1m, ''), 78) AS TEXT)) AS TEXT), 'null')) <= 80 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.return1m, ''), 78) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.return1m, ''), 13) AS TEXT)) AS TEXT), 'null') END, ',"RETURN6M":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.return6m, ''), 78) AS TEXT)) AS TEXT), 'null')) <= 80 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.return6m, ''), 78) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.return6m, ''), 13) AS TEXT)) AS TEXT), 'null') END, ',"RETURNEV":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.returnev, ''), 78) AS TEXT)) AS TEXT), 'null')) <= 80 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.returnev, ''), 78) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.returnev, ''), 13) AS TEXT)) AS TEXT), 'null') END, ',"LTRELFR":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.ltrelfr, ''), 78) AS TEXT)) AS TEXT), 'null')) <= 80 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.ltrelfr, ''), 78) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.ltrelfr, ''), 13) AS TEXT)) AS TEXT), 'null') END, ',"LTFOST18":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.ltfost18, ''), 78) AS TEXT)) AS TEXT), 'null')) <= 80 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.ltfost18, ''), 78) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.ltfost18, ''), 13) AS TEXT)) AS TEXT), 'null') END, ',"RESPLMT":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.resplmt, ''), 78) AS TEXT)) AS TEXT), 'null')) <= 80 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.resplmt, ''), 78) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.resplmt, ''), 13) AS TEXT)) AS TEXT), 'null') END, ',"SUPPLIV":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.suppliv, ''), 78) AS TEXT)) AS TEXT), 'null')) <= 80 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.suppliv, ''), 78) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.suppliv, ''), 13) AS TEXT)) AS TEXT), 'null') END, ',"ADOPTION":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.adoption, ''), 78) AS TEXT)) AS TEXT), 'null')) <= 80 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.adoption, ''), 78) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.adoption, ''), 13) AS TEXT)) AS TEXT), 'null') END, ',"OTHERPLN":', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.otherpln, ''), 78) AS TEXT)) AS TEXT), 'null')) <= 80 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.otherpln, ''), 78) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(a.otherpln, ''), 13) AS TEXT)) AS TEXT), 'null') END, '}')
    FROM plans p
    LEFT JOIN answers a ON a.FACT_CARE_PLAN_ID = p.FACT_CARE_PLAN_ID
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
