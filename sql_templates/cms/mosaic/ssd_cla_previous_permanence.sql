{#- ssd_cla_previous_permanence from Mosaic: workflow steps (cancelled and proposed ones left out) answering
    any of the three previous-permanence filters of the standard SSDA903 mapping (dm_filter_form_answers),
    one row per step and child subject in ssd_person; no history window (it describes the time before care).
    Option and LA = the category their answers map to in their dm_mapping_groups groups (the SSDA903 code,
    e.g. P1, and the LA), NULL when unmapped. The order date is the date answer as dd/MM/yyyy text; a date
    answer cannot hold the zz / zzzz of an unknown part, so an unknown date stays NULL. Key = step + child. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set date_filter = param('previous_permanence_date_filter', 'Child Previous Permanence Option Date (Document)') %}
{% set option_filter = param('previous_permanence_option_filter', 'Child Previous Permanence Option (Document)') %}
{% set option_group = param('previous_permanence_option_group', 'Child Previous Permanence Option') %}
{% set la_filter = param('previous_permanence_la_filter', 'Child Previous Permanence LA (Document)') %}
{% set la_group = param('previous_permanence_la_group', 'Child Previous Permanence LA') %}
{% call refresh(schema, table) %}
WITH answers AS (
    -- one answer per step, subject and filter; subject <= 0 answers for the whole step
    SELECT fa.WORKFLOW_STEP_ID AS step_id,
           CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
           MAX(CASE WHEN {{ code_eq('fa.FILTER_NAME', date_filter) }}
                    THEN COALESCE({{ try_cast_datetime('fa.DATE_ANSWER') }}, {{ try_cast_datetime('fa.TEXT_ANSWER') }}) END) AS order_date,
           MAX(CASE WHEN {{ code_eq('fa.FILTER_NAME', option_filter) }} THEN mo.CATEGORY_VALUE END) AS option_code,
           MAX(CASE WHEN {{ code_eq('fa.FILTER_NAME', la_filter) }} THEN ml.CATEGORY_VALUE END) AS la
    FROM {{ src('dm_filter_form_answers') }} fa
    LEFT JOIN {{ src('dm_mapping_groups') }} mo
           ON {{ code_eq('mo.GROUP_NAME', option_group) }} AND mo.MAPPED_VALUE = fa.TEXT_ANSWER
    LEFT JOIN {{ src('dm_mapping_groups') }} ml
           ON {{ code_eq('ml.GROUP_NAME', la_group) }} AND ml.MAPPED_VALUE = fa.TEXT_ANSWER
    WHERE fa.WORKFLOW_STEP_ID IS NOT NULL
      AND {{ code_in('fa.FILTER_NAME', [date_filter, option_filter, la_filter]) }}
    GROUP BY fa.WORKFLOW_STEP_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
),
subjects AS (
    -- the step's child subjects the answers are about: their own answers, or answers for the whole step
    SELECT DISTINCT a.step_id, ss.SUBJECT_COMPOUND_ID AS person_id
    FROM answers a
    JOIN {{ src('DM_WORKFLOW_STEPS') }} s ON s.WORKFLOW_STEP_ID = a.step_id
    JOIN {{ src('dm_subgroup_subjects') }} ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND {{ code_eq('ss.SUBJECT_TYPE_CODE', 'PER') }}
    WHERE (a.subject = 0 OR a.subject = ss.SUBJECT_COMPOUND_ID)
      AND {{ code_in('s.STEP_STATUS', lib.live_statuses) }}
)
{{ insert_into(schema, table) }}
SELECT
    {{ lib.step_person_id('p.step_id', 'p.person_id') }},
    {{ to_text('p.person_id', 48) }},
    LEFT({{ lib.answer('a', 'option_code') }}, 200),
    LEFT({{ lib.answer('a', 'la') }}, 100),
    {{ date_text_uk(lib.answer('a', 'order_date')) }}
FROM subjects p
{{ lib.join_answers('answers', 'a', 'p.step_id', 'p.person_id') }}
WHERE {{ shared.in_ssd_person(schema, 'p.person_id') }}
{% endcall %}
