DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_sdq_scores'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_sdq_scores";
    WITH answers AS (
        -- one pass over the answers: the SDQ forms' score answers and the forms' end-date answers
        SELECT a.FACT_FORM_ID, ff.DIM_PERSON_ID, a.ANSWER, a.ANSWERED_DTTM,
               CASE WHEN UPPER(TRIM(CAST(a.ANSWER_NO AS VARCHAR(4000)))) = 'SDQSCORE'
                         AND a.DIM_ASSESSMENT_TEMPLATE_ID_DESC LIKE 'Strengths and Difficulties Questionnaire%' THEN 1 ELSE 0 END AS is_score,
               CASE WHEN UPPER(TRIM(CAST(a.ANSWER_NO AS VARCHAR(4000)))) = 'FORMENDDATE' THEN a.ANSWERED_DTTM END AS end_date
        FROM "hdm"."child_social"."fact_form_answers" a
        JOIN "hdm"."child_social"."fact_forms" ff ON ff.FACT_FORM_ID = a.FACT_FORM_ID
        WHERE ff.DIM_PERSON_ID <> -1
            AND ((UPPER(TRIM(CAST(a.ANSWER_NO AS VARCHAR(4000)))) = 'SDQSCORE'
                  AND a.DIM_ASSESSMENT_TEMPLATE_ID_DESC LIKE 'Strengths and Difficulties Questionnaire%')
                 OR UPPER(TRIM(CAST(a.ANSWER_NO AS VARCHAR(4000)))) = 'FORMENDDATE')
    ),
    ranked AS (
        -- per form: the latest score answer first; the form was finished at its latest end-date answer
        SELECT an.FACT_FORM_ID, an.DIM_PERSON_ID, an.ANSWER, an.ANSWERED_DTTM, an.is_score,
               MAX(an.end_date) OVER (PARTITION BY an.FACT_FORM_ID) AS ended,
               ROW_NUMBER() OVER (PARTITION BY an.FACT_FORM_ID ORDER BY an.is_score DESC, CASE WHEN an.ANSWERED_DTTM IS NULL THEN 1 ELSE 0 END, an.ANSWERED_DTTM DESC) AS rn
        FROM answers an
    ),
    sdq AS (
        SELECT r.FACT_FORM_ID, r.DIM_PERSON_ID,
               COALESCE(r.ended, r.ANSWERED_DTTM) AS completed,
               CASE WHEN TRIM(CAST(r.ANSWER AS TEXT)) ~ '^-?[0-9]{1,9}$' THEN CAST(TRIM(CAST(r.ANSWER AS TEXT)) AS INTEGER) END AS score
        FROM ranked r
        WHERE r.rn = 1 AND r.is_score = 1
    ),
    ssd_bridge_fill ("csdq_table_id", "csdq_person_id", "csdq_sdq_completed_date", "csdq_sdq_score", "csdq_sdq_reason") AS (
    SELECT
        CAST(q.FACT_FORM_ID AS VARCHAR(48)),
        CAST(q.DIM_PERSON_ID AS VARCHAR(48)),
        q.completed,
        q.score,
        NULL
    FROM sdq q
    WHERE q.score IS NOT NULL
        AND q.completed >= (CURRENT_DATE - INTERVAL '6 years')
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(q.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("csdq_table_id" AS TEXT) AS "csdq_table_id", CAST("csdq_person_id" AS TEXT) AS "csdq_person_id", CAST("csdq_sdq_completed_date" AS TIMESTAMP) AS "csdq_sdq_completed_date", CAST("csdq_sdq_score" AS INTEGER) AS "csdq_sdq_score", CAST("csdq_sdq_reason" AS TEXT) AS "csdq_sdq_reason"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_sdq_scores" ("csdq_table_id", "csdq_person_id", "csdq_sdq_completed_date", "csdq_sdq_score", "csdq_sdq_reason")
        SELECT CASE WHEN LENGTH("csdq_table_id") > 48 THEN CONCAT(LEFT("csdq_table_id", 47), '…') ELSE "csdq_table_id" END, CASE WHEN LENGTH("csdq_person_id") > 48 THEN CONCAT(LEFT("csdq_person_id", 47), '…') ELSE "csdq_person_id" END, "csdq_sdq_completed_date", "csdq_sdq_score", CASE WHEN LENGTH("csdq_sdq_reason") > 100 THEN CONCAT(LEFT("csdq_sdq_reason", 99), '…') ELSE "csdq_sdq_reason" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' csdq_table_id=', COUNT(*) FILTER (WHERE LENGTH("csdq_table_id") > 48)), ' csdq_table_id=0'), NULLIF(CONCAT(' csdq_person_id=', COUNT(*) FILTER (WHERE LENGTH("csdq_person_id") > 48)), ' csdq_person_id=0'), NULLIF(CONCAT(' csdq_sdq_reason=', COUNT(*) FILTER (WHERE LENGTH("csdq_sdq_reason") > 100)), ' csdq_sdq_reason=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_sdq_scores', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_sdq_scores', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
