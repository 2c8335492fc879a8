{#- ssd_sdq_scores from Liquid Logic: one row per SDQ form (FACT_FORMS) with a numeric total score
    answer, completed inside the history window. Liquid Logic holds no reason code, so the reason is
    NULL: a placeholder text would reach the payload as if it were a reason. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% set template_prefix = param('sdq_template_prefix', 'Strengths and Difficulties Questionnaire') %}
{% set score_answer = param('sdq_score_answer_no', 'SDQScore') %}
{% set end_answer = param('form_end_date_answer_no', 'FormEndDate') %}
{% call refresh(schema, table) %}
WITH answers AS (
    -- one pass over the answers: the SDQ forms' score answers and the forms' end-date answers
    SELECT a.FACT_FORM_ID, ff.DIM_PERSON_ID, a.ANSWER, a.ANSWERED_DTTM,
           CASE WHEN {{ code_eq('a.ANSWER_NO', score_answer) }}
                     AND a.DIM_ASSESSMENT_TEMPLATE_ID_DESC LIKE {{ string_literal(template_prefix ~ '%') }} THEN 1 ELSE 0 END AS is_score,
           CASE WHEN {{ code_eq('a.ANSWER_NO', end_answer) }} THEN a.ANSWERED_DTTM END AS end_date
    FROM {{ src('FACT_FORM_ANSWERS') }} a
    JOIN {{ src('FACT_FORMS') }} ff ON ff.FACT_FORM_ID = a.FACT_FORM_ID
    WHERE ff.DIM_PERSON_ID <> -1
        AND (({{ code_eq('a.ANSWER_NO', score_answer) }}
              AND a.DIM_ASSESSMENT_TEMPLATE_ID_DESC LIKE {{ string_literal(template_prefix ~ '%') }})
             OR {{ code_eq('a.ANSWER_NO', end_answer) }})
),
ranked AS (
    -- per form: the latest score answer first; the form was finished at its latest end-date answer
    SELECT an.FACT_FORM_ID, an.DIM_PERSON_ID, an.ANSWER, an.ANSWERED_DTTM, an.is_score,
           MAX(an.end_date) OVER (PARTITION BY an.FACT_FORM_ID) AS ended,
           ROW_NUMBER() OVER (PARTITION BY an.FACT_FORM_ID ORDER BY an.is_score DESC, {{ lib.nulls_last("an.ANSWERED_DTTM") }} DESC) AS rn
    FROM answers an
),
sdq AS (
    SELECT r.FACT_FORM_ID, r.DIM_PERSON_ID,
           COALESCE(r.ended, r.ANSWERED_DTTM) AS completed,
           {{ try_cast_int("r.ANSWER") }} AS score
    FROM ranked r
    WHERE r.rn = 1 AND r.is_score = 1
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
