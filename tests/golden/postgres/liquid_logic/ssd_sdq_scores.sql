DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_sdq_scores'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_sdq_scores";
    WITH scores AS (
        -- the latest score answer on each SDQ form
        SELECT a.FACT_FORM_ID, a.ANSWER, a.ANSWERED_DTTM,
               ROW_NUMBER() OVER (PARTITION BY a.FACT_FORM_ID ORDER BY CASE WHEN a.ANSWERED_DTTM IS NULL THEN 1 ELSE 0 END, a.ANSWERED_DTTM DESC) AS rn
        FROM "hdm"."child_social"."fact_form_answers" a
        WHERE a.ANSWER_NO = 'SDQScore'
            AND a.DIM_ASSESSMENT_TEMPLATE_ID_DESC LIKE 'Strengths and Difficulties Questionnaire%'
    ),
    ends AS (
        -- when the form was finished: the latest end-date answer on it
        SELECT e.FACT_FORM_ID, MAX(e.ANSWERED_DTTM) AS ended
        FROM "hdm"."child_social"."fact_form_answers" e
        JOIN scores sc ON sc.FACT_FORM_ID = e.FACT_FORM_ID AND sc.rn = 1
        WHERE e.ANSWER_NO = 'FormEndDate'
        GROUP BY e.FACT_FORM_ID
    ),
    sdq AS (
        SELECT ff.FACT_FORM_ID, ff.DIM_PERSON_ID,
               COALESCE(en.ended, s.ANSWERED_DTTM) AS completed,
               CASE WHEN s.ANSWER ~ '^\s*-?[0-9]{1,9}\s*$' THEN CAST(TRIM(s.ANSWER) AS INTEGER) END AS score
        FROM "hdm"."child_social"."fact_forms" ff
        JOIN scores s ON s.FACT_FORM_ID = ff.FACT_FORM_ID AND s.rn = 1
        LEFT JOIN ends en ON en.FACT_FORM_ID = ff.FACT_FORM_ID
        WHERE ff.DIM_PERSON_ID <> -1
    )
    INSERT INTO "ssd"."ssd_sdq_scores" ("csdq_table_id", "csdq_person_id", "csdq_sdq_completed_date", "csdq_sdq_score", "csdq_sdq_reason")
    SELECT
        CAST(q.FACT_FORM_ID AS VARCHAR(48)),
        CAST(q.DIM_PERSON_ID AS VARCHAR(48)),
        q.completed,
        q.score,
        NULL
    FROM sdq q
    WHERE q.score IS NOT NULL
        AND q.completed >= (CURRENT_DATE - INTERVAL '6 years')
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(q.DIM_PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_sdq_scores', loaded;
END $$;
-- ssd-bridge: end of batch
