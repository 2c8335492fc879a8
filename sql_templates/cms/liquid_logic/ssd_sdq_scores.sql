{#- ssd_sdq_scores from Liquid Logic: one row per SDQ form (FACT_FORMS) with a numeric total score
    answer, completed inside the history window. Liquid Logic holds no reason code, so the reason is
    NULL: a placeholder text would reach the payload as if it were a reason. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% set template_prefix = param('sdq_template_prefix', 'Strengths and Difficulties Questionnaire') %}
{% set score_answer = param('sdq_score_answer_no', 'SDQScore') %}
{% set end_answer = param('form_end_date_answer_no', 'FormEndDate') %}
{% call refresh(schema, table) %}
WITH scores AS (
    -- the latest score answer on each SDQ form
    SELECT a.FACT_FORM_ID, a.ANSWER, a.ANSWERED_DTTM,
           ROW_NUMBER() OVER (PARTITION BY a.FACT_FORM_ID ORDER BY {{ lib.nulls_last("a.ANSWERED_DTTM") }} DESC) AS rn
    FROM {{ src('FACT_FORM_ANSWERS') }} a
    WHERE {{ code_eq('a.ANSWER_NO', score_answer) }}
        AND a.DIM_ASSESSMENT_TEMPLATE_ID_DESC LIKE {{ string_literal(template_prefix ~ '%') }}
),
ends AS (
    -- when the form was finished: the latest end-date answer on it
    SELECT e.FACT_FORM_ID, MAX(e.ANSWERED_DTTM) AS ended
    FROM {{ src('FACT_FORM_ANSWERS') }} e
    JOIN scores sc ON sc.FACT_FORM_ID = e.FACT_FORM_ID AND sc.rn = 1
    WHERE {{ code_eq('e.ANSWER_NO', end_answer) }}
    GROUP BY e.FACT_FORM_ID
),
sdq AS (
    SELECT ff.FACT_FORM_ID, ff.DIM_PERSON_ID,
           COALESCE(en.ended, s.ANSWERED_DTTM) AS completed,
           {{ try_cast_int("s.ANSWER") }} AS score
    FROM {{ src('FACT_FORMS') }} ff
    JOIN scores s ON s.FACT_FORM_ID = ff.FACT_FORM_ID AND s.rn = 1
    LEFT JOIN ends en ON en.FACT_FORM_ID = ff.FACT_FORM_ID
    WHERE ff.DIM_PERSON_ID <> -1
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("q.FACT_FORM_ID") }},
    {{ to_text("q.DIM_PERSON_ID") }},
    q.completed,
    q.score,
    NULL
FROM sdq q
WHERE q.score IS NOT NULL
    AND q.completed >= {{ history_start() }}
    AND {{ shared.in_ssd_person(schema, "q.DIM_PERSON_ID") }}
{% endcall %}
