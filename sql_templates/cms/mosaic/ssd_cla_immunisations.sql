{#- ssd_cla_immunisations from Mosaic: per child in ssd_person, the latest health-assessment step (the LA's
    step types, cla_health_step_type_ids; latest start, then highest step id) that answers an immunisation
    question (immunisation_question_codes). Status = Y when the answer is one of
    immunisation_yes_answers (compared upper-case), else N; the status date is the step's start. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set step_types = param('cla_health_step_type_ids', [406, 1239]) %}
{% set codes = param('immunisation_question_codes', ['lac.ihr09.immsuptodate', 'lac.ihr10.immsuptodate',
                                                      'lacFLDPartCHealthRecommImmunisations']) %}
{% set yes = param('immunisation_yes_answers', ['Yes']) %}
{{ shared.check_param('cla_health_step_type_ids', step_types, 'list') }}
{{ shared.check_param('immunisation_question_codes', codes, 'list') }}
{{ shared.check_param('immunisation_yes_answers', yes, 'list') }}
{% call refresh(schema, table) %}
WITH {{ lib.step_answers("answers", {"immunised": codes}) }},
answered AS (
    SELECT ss.SUBJECT_COMPOUND_ID AS person_id, s.STARTED_ON AS started_on,
           UPPER(LTRIM(RTRIM({{ lib.answer('a', 'immunised') }}))) AS answer,
           ROW_NUMBER() OVER (PARTITION BY ss.SUBJECT_COMPOUND_ID ORDER BY s.STARTED_ON DESC, s.WORKFLOW_STEP_ID DESC) AS pick
    FROM {{ src('DM_WORKFLOW_STEPS') }} s
    JOIN {{ src('dm_subgroup_subjects') }} ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND {{ code_eq('ss.SUBJECT_TYPE_CODE', 'PER') }}
    {{ lib.join_answers('answers', 'a', 's.WORKFLOW_STEP_ID', 'ss.SUBJECT_COMPOUND_ID') }}
    WHERE {{ lib.in_list('s.WORKFLOW_STEP_TYPE_ID', step_types) }}
      AND {{ code_in('s.STEP_STATUS', ['STARTED', 'REOPENED', 'COMPLETED']) }}
      AND {{ lib.answer('a', 'immunised') }} IS NOT NULL
)
{{ insert_into(schema, table) }}
SELECT
    CAST(an.person_id AS VARCHAR(48)),
    CASE WHEN {{ lib.code_in_list('an.answer', yes) }} THEN 'Y' ELSE 'N' END,
    an.started_on
FROM answered an
WHERE an.pick = 1
  AND {{ shared.in_ssd_person(schema, 'an.person_id') }}
{% endcall %}
