{#- ssd_cla_care_plan from Mosaic: completed looked-after plan and review steps (the LA's step types,
    cla_care_plan_step_type_ids) overlapping the history window that answer a permanence-plan question
    (permanence_plan_question_codes), one row per child subject in ssd_person (a step without a plan answer
    says nothing about the plan). Start / end = the step's start and completion; a step still in progress is
    left out until completed. The plan column holds, as JSON ({"PERMANENCE_PLAN": ...}), the Annex A category of the answer
    (permanence_plan_categories: answer -> category, compared trimmed and ignoring case); when several plans
    are ticked (parallel planning), the highest category. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set step_types = param('cla_care_plan_step_type_ids', [1242, 1237, 1234, 496, 500, 1262, 1263, 1264, 1295, 1297, 1232]) %}
{% set codes = param('permanence_plan_question_codes', ['lac.perm.plan', 'pwpc.permanenceplan']) %}
{% set categories = param('permanence_plan_categories', {
    'Return to birth family': 'A) Return to Family',
    'Adoption': 'B) Adoption',
    'Long term placement friends / family': 'C) SGO/CAO',
    'Independent living/supported living in the community (Pathways or other)': 'D) Supported Living in the Community',
    'Residential': 'E) Long-Term Residential Placement',
    'Long term fostering': 'F) Long-Term Fostering',
    'Other (please specify)': 'G) Other'}) %}
{{ shared.check_param('cla_care_plan_step_type_ids', step_types, 'list') }}
{{ shared.check_param('cla_care_plan_step_type_ids', step_types, 'not_empty') }}
{{ shared.check_param('permanence_plan_question_codes', codes, 'list') }}
{{ shared.check_param('permanence_plan_question_codes', codes, 'not_empty') }}
{{ shared.check_param('permanence_plan_categories', categories, 'mapping') }}
{{ shared.check_param('permanence_plan_categories', categories, 'not_empty') }}
{% call refresh(schema, table) %}
WITH {{ lib.question_codes("questions", {"is_plan": codes}, code_in) }},
plan_answers AS (
    -- the highest category per step and subject; subject <= 0 answers for the whole step
    SELECT fa.WORKFLOW_STEP_ID AS step_id,
           CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
           MAX(CASE{% for answer, category in categories | dictsort %} WHEN {{ code_eq('fa.TEXT_ANSWER', answer) }} THEN {{ string_literal(category) }}{% endfor %} END) AS category
    FROM {{ src('dm_cached_form_answers') }} fa
    JOIN questions qc ON qc.code = fa.QUESTION_USER_CODE
    WHERE fa.WORKFLOW_STEP_ID IS NOT NULL
    GROUP BY fa.WORKFLOW_STEP_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
),
plans AS (
    SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
           COALESCE(s.STARTED_ON, s.INCOMING_ON) AS start_date, s.COMPLETED_ON AS end_date,
           {{ lib.answer('pa', 'category') }} AS category
    FROM {{ src('DM_WORKFLOW_STEPS') }} s
    JOIN {{ src('dm_subgroup_subjects') }} ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND {{ code_eq('ss.SUBJECT_TYPE_CODE', 'PER') }}
    {{ lib.join_answers('plan_answers', 'pa', 's.WORKFLOW_STEP_ID', 'ss.SUBJECT_COMPOUND_ID') }}
    WHERE s.WORKFLOW_STEP_TYPE_ID IN {{ sql_list(step_types) }}
      AND {{ code_eq('s.STEP_STATUS', 'COMPLETED') }}
      AND s.COMPLETED_ON >= {{ history_start() }}
      AND COALESCE(s.STARTED_ON, s.INCOMING_ON) <= {{ today() }}
)
{{ insert_into(schema, table) }}
SELECT
    {{ lib.step_person_id('p.step_id', 'p.person_id') }},
    {{ to_text('p.person_id', 48) }},
    p.start_date,
    p.end_date,
    {#- the column holds JSON: the category as the one member of an object -#}
    CONCAT({{ string_literal('{"PERMANENCE_PLAN":') }}, {{ shared.json_text('p.category', 200) }}, {{ string_literal('}') }})
FROM plans p
WHERE p.category IS NOT NULL
  AND {{ shared.in_ssd_person(schema, 'p.person_id') }}
{% endcall %}
