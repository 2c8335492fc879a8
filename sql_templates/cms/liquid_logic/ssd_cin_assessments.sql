{#- ssd_cin_assessments from Liquid Logic: FACT_SINGLE_ASSESSMENT rows that are not drafts or cancelled,
    authorised inside the history window or not yet authorised. Child seen and the authorisation date
    come from the assessment form's answers; a form without an end-date answer has a NULL authorisation
    date, so the assessment counts as not yet authorised and stays in the window. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% set seen_answer = param('child_seen_answer_no', 'seenYN') %}
{% set end_answer = param('form_end_date_answer_no', 'FormEndDate') %}
{% call refresh(schema, table) %}
WITH answers AS (
    SELECT fa.FACT_FORM_ID,
           MAX(CASE WHEN {{ code_eq('fa.ANSWER_NO', seen_answer) }} THEN UPPER(LTRIM(RTRIM(fa.ANSWER))) END) AS seen,
           MAX(CASE WHEN {{ code_eq('fa.ANSWER_NO', end_answer) }} THEN {{ try_cast_datetime("fa.ANSWER") }} END) AS authorised
    FROM {{ src('FACT_FORM_ANSWERS') }} fa
    WHERE {{ code_in('fa.ANSWER_NO', [seen_answer, end_answer]) }}
    GROUP BY fa.FACT_FORM_ID
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("sa.FACT_SINGLE_ASSESSMENT_ID") }},
    {{ to_text("sa.DIM_PERSON_ID") }},
    {{ lib.id_text("sa.FACT_REFERRAL_ID") }},
    sa.START_DTTM,
    CASE WHEN {{ code_in('ans.seen', ['YES', 'Y']) }} THEN 'Y' WHEN {{ code_in('ans.seen', ['NO', 'N']) }} THEN 'N' END,
    ans.authorised,
    -- comments are cut to 250 characters so the escaped object always fits the 1000-character column
    {{ lib.json_object([
        ("NFA_FLAG", "text", "sa.OUTCOME_NFA_FLAG"),
        ("NFA_S47_END_FLAG", "text", "sa.OUTCOME_NFA_S47_END_FLAG"),
        ("STRATEGY_DISCUSSION_FLAG", "text", "sa.OUTCOME_STRATEGY_DISCUSSION_FLAG"),
        ("CLA_REQUEST_FLAG", "text", "sa.OUTCOME_CLA_REQUEST_FLAG"),
        ("PRIVATE_FOSTERING_FLAG", "text", "sa.OUTCOME_PRIVATE_FOSTERING_FLAG"),
        ("LEGAL_ACTION_FLAG", "text", "sa.OUTCOME_LEGAL_ACTION_FLAG"),
        ("PROV_OF_SERVICES_FLAG", "text", "sa.OUTCOME_PROV_OF_SERVICES_FLAG"),
        ("PROV_OF_SB_CARE_FLAG", "text", "sa.OUTCOME_PROV_OF_SB_CARE_FLAG"),
        ("SPECIALIST_ASSESSMENT_FLAG", "text", "sa.OUTCOME_SPECIALIST_ASSESSMENT_FLAG"),
        ("REFERRAL_TO_OTHER_AGENCY_FLAG", "text", "sa.OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG"),
        ("OTHER_ACTIONS_FLAG", "text", "sa.OUTCOME_OTHER_ACTIONS_FLAG"),
        ("OTHER_OUTCOMES_EXIST_FLAG", "text", "sa.OTHER_OUTCOMES_EXIST_FLAG"),
        ("TOTAL_NO_OF_OUTCOMES", "count", "sa.TOTAL_NO_OF_OUTCOMES"),
        ("COMMENTS", "note", "LEFT(sa.OUTCOME_COMMENTS, 250)"),
    ], 'cina_assessment_outcome_json') }},
    LEFT(sa.OUTCOME_NFA_FLAG, 1),
    {{ lib.id_text("sa.COMPLETED_BY_DEPT_ID") }},
    {{ lib.id_text("sa.COMPLETED_BY_USER_ID", 100) }}
FROM {{ src('FACT_SINGLE_ASSESSMENT') }} sa
LEFT JOIN answers ans ON ans.FACT_FORM_ID = sa.FACT_FORM_ID
WHERE sa.DIM_PERSON_ID <> -1
    AND COALESCE(sa.DIM_LOOKUP_STEP_SUBSTATUS_CODE, '') NOT IN ('X', 'D')
    AND {{ shared.open_in_window("ans.authorised") }}
    AND {{ shared.in_ssd_person(schema, "sa.DIM_PERSON_ID") }}
{% endcall %}
