{#- ssd_missing from Mosaic: workflow steps flagged missing or absent (IS_MISSING_OR_ABSENT, standard mapping;
    cancelled and proposed steps never happened) overlapping the history window, one row per child subject
    in ssd_person; start / end = the step's start and completion. Type = the answer to the absent-or-missing
    filter (Missing -> M, Absent -> A); return interview offered / accepted = the answers to their filters
    mapped through their dm_mapping_groups groups (category Yes -> Y, No -> N). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set type_filter = param('missing_type_filter', 'Child Absent or Missing (Document)') %}
{% set offered_filter = param('rhi_offered_filter', 'Child Offered Return Interview') %}
{% set offered_group = param('rhi_offered_group', 'Child Offered Return Interview Types') %}
{% set accepted_filter = param('rhi_accepted_filter', 'Child Accepted Return Interview') %}
{% set accepted_group = param('rhi_accepted_group', 'Child Accepted Return Interview Types') %}
{% call refresh(schema, table) %}
WITH episodes AS (
    SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
           COALESCE(s.STARTED_ON, s.INCOMING_ON) AS start_date, s.COMPLETED_ON AS end_date
    FROM {{ src('DM_WORKFLOW_STEPS') }} s
    JOIN {{ src('dm_subgroup_subjects') }} ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND {{ code_eq('ss.SUBJECT_TYPE_CODE', 'PER') }}
    WHERE {{ code_eq('s.IS_MISSING_OR_ABSENT', 'Y') }}
      AND {{ code_in('s.STEP_STATUS', lib.live_statuses) }}
      AND {{ shared.overlaps_window('COALESCE(s.STARTED_ON, s.INCOMING_ON)', 's.COMPLETED_ON') }}
),
answers AS (
    -- one answer per step, subject and filter; subject <= 0 answers for the whole step
    SELECT fa.WORKFLOW_STEP_ID AS step_id,
           CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
           MAX(CASE WHEN {{ code_eq('fa.FILTER_NAME', type_filter) }} THEN UPPER(LTRIM(RTRIM(fa.TEXT_ANSWER))) END) AS kind,
           MAX(CASE WHEN {{ code_eq('fa.FILTER_NAME', offered_filter) }} THEN mo.CATEGORY_VALUE END) AS offered,
           MAX(CASE WHEN {{ code_eq('fa.FILTER_NAME', accepted_filter) }} THEN ma.CATEGORY_VALUE END) AS accepted
    FROM {{ src('dm_filter_form_answers') }} fa
    LEFT JOIN {{ src('dm_mapping_groups') }} mo
           ON {{ code_eq('mo.GROUP_NAME', offered_group) }} AND mo.MAPPED_VALUE = fa.TEXT_ANSWER
    LEFT JOIN {{ src('dm_mapping_groups') }} ma
           ON {{ code_eq('ma.GROUP_NAME', accepted_group) }} AND ma.MAPPED_VALUE = fa.TEXT_ANSWER
    WHERE {{ code_in('fa.FILTER_NAME', [type_filter, offered_filter, accepted_filter]) }}
    GROUP BY fa.WORKFLOW_STEP_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
)
{{ insert_into(schema, table) }}
SELECT
    {{ lib.step_person_id('e.step_id', 'e.person_id') }},
    CAST(e.person_id AS VARCHAR(48)),
    e.start_date,
    CASE COALESCE(a.kind, a_all.kind) WHEN 'MISSING' THEN 'M' WHEN 'ABSENT' THEN 'A' END,
    e.end_date,
    {{ lib.yes_no('COALESCE(a.offered, a_all.offered)') }},
    {{ lib.yes_no('COALESCE(a.accepted, a_all.accepted)') }}
FROM episodes e
{{ lib.join_answers('answers', 'a', 'e.step_id', 'e.person_id') }}
WHERE {{ shared.in_ssd_person(schema, 'e.person_id') }}
{% endcall %}
