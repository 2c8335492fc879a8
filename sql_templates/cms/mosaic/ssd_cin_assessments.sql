{#- ssd_cin_assessments from Mosaic: continuous-assessment workflow steps (DM_WORKFLOW_STEPS,
    IS_CONTINUOUS_ASSESSMENT = 'Y', live statuses) overlapping the history window, one row per child subject;
    id = step + child, as in ssd_assessment_factors, so the two tables join. Child seen comes
    from the LA's filter/mapping group; NFA and further intervention from the next actions linked to the step,
    whose type ids are LA-specific parameters. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set further_ids = param('assessment_further_action_ids', [3941, 4130, 3992, 3942, 4468, 3950, 3951, 3944, 4122, 3943]) %}
{{ shared.check_param('assessment_further_action_ids', further_ids, 'list') }}
{% set nfa_ids = param('assessment_nfa_action_ids', [3988, 3987, 3953, 4440]) %}
{{ shared.check_param('assessment_nfa_action_ids', nfa_ids, 'list') }}
{% set seen_filter = param('child_seen_filter', 'Child Seen During Event (Lookup)') %}
{% set seen_group = param('child_seen_group', 'Child Seen During Assessment') %}
{% call refresh(schema, table) %}
WITH steps AS (
    SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
           COALESCE(s.STARTED_ON, s.INCOMING_ON) AS start_date, s.COMPLETED_ON AS auth_date,
           s.RESPONSIBLE_TEAM_ID AS team_id, s.ASSIGNEE_ID AS worker_id
    FROM {{ src('DM_WORKFLOW_STEPS') }} s
    JOIN {{ src('dm_subgroup_subjects') }} ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND {{ code_eq('ss.SUBJECT_TYPE_CODE', 'PER') }}
    WHERE {{ code_eq('s.IS_CONTINUOUS_ASSESSMENT', 'Y') }}
      AND {{ code_in('s.STEP_STATUS', lib.live_statuses) }}
      AND {{ shared.overlaps_window('COALESCE(s.STARTED_ON, s.INCOMING_ON)', 's.COMPLETED_ON') }}
),
seen AS (
    -- the answer, mapped through the LA's mapping group when it has one, read as Yes/No
    SELECT fa.WORKFLOW_STEP_ID AS step_id, fa.SUBJECT_PERSON_ID AS person_id,
           MAX(UPPER(LEFT(LTRIM(COALESCE(mg.CATEGORY_VALUE, fa.TEXT_ANSWER)), 1))) AS seen
    FROM {{ src('dm_filter_form_answers') }} fa
    LEFT JOIN {{ src('dm_mapping_groups') }} mg
           ON {{ code_eq('mg.GROUP_NAME', seen_group) }} AND mg.MAPPED_VALUE = fa.TEXT_ANSWER
    WHERE {{ code_eq('fa.FILTER_NAME', seen_filter) }}
      AND fa.WORKFLOW_STEP_ID IN (SELECT st.step_id FROM steps st)
    GROUP BY fa.WORKFLOW_STEP_ID, fa.SUBJECT_PERSON_ID
),
actions AS (
    -- next actions of the step that led to a live step for the same child (only the assessments' steps grouped)
    SELECT wl.SOURCE_STEP_ID AS step_id, tp.PERSON_ID AS person_id,
           MAX(CASE WHEN {{ lib.in_list('wl.WORKFLOW_NEXT_ACTION_TYPE_ID', further_ids) }} THEN 1 ELSE 0 END) AS further,
           MAX(CASE WHEN {{ lib.in_list('wl.WORKFLOW_NEXT_ACTION_TYPE_ID', nfa_ids) }} THEN 1 ELSE 0 END) AS nfa
    FROM {{ src('dm_workflow_links') }} wl
    JOIN {{ src('dm_workflow_steps_people_vw') }} tp ON tp.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
    WHERE {{ code_in('tp.STEP_STATUS', lib.live_statuses) }}
      AND wl.SOURCE_STEP_ID IN (SELECT st.step_id FROM steps st)
    GROUP BY wl.SOURCE_STEP_ID, tp.PERSON_ID
),
{{ shared.referral_on_date("referrals", "steps", ["step_id", "person_id"], lib.referrals, "lowest_overlapping",
                            on=("ev.start_date", "ev.auth_date")) }}
{{ insert_into(schema, table) }}
SELECT
    {{ lib.step_person_id('st.step_id', 'st.person_id') }},
    {{ to_text('st.person_id', 48) }},
    rf.referral_id,
    st.start_date,
    CASE WHEN {{ code_in('se.seen', ['Y', 'N']) }} THEN se.seen END,
    st.auth_date,
    CONCAT('{"NFA_FLAG": "', CASE WHEN a.nfa = 1 AND a.further = 0 THEN 'Y' ELSE 'N' END,
           '", "FURTHER_INTERVENTION_FLAG": "', CASE WHEN a.further = 1 THEN 'Y' ELSE 'N' END, '"}'),
    CASE WHEN a.nfa = 1 AND a.further = 0 THEN 'Y' ELSE 'N' END,
    {{ to_text('st.team_id', 48) }},
    {{ to_text('st.worker_id', 100) }}
FROM steps st
LEFT JOIN referrals rf ON rf.step_id = st.step_id AND rf.person_id = st.person_id
LEFT JOIN seen se ON se.step_id = st.step_id AND se.person_id = st.person_id
LEFT JOIN actions a ON a.step_id = st.step_id AND a.person_id = st.person_id
WHERE {{ shared.in_ssd_person(schema, 'st.person_id') }}
{% endcall %}

