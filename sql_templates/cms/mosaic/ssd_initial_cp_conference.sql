{#- ssd_initial_cp_conference from Mosaic: completed initial CP conference steps (DM_WORKFLOW_STEPS,
    CP_CONFERENCE_CATEGORY = icpc_conference_category) held in the history window, one row per child subject;
    id = step + child. S47 = the latest preceding S47 step of the child (dm_workflow_backwards), with the
    same step + child id as ssd_s47_enquiry; CP plan = the child's CP registration starting on the conference
    date; target date = 15 working days after the latest preceding strategy discussion (weekends skipped,
    bank holidays not known; plain SQL, no helper function in the LA's database). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set category = param('icpc_conference_category', 'Initial') %}
{% set transfer_filter = param('transfer_in_filter', 'Child CIN Transfer In Conferences') %}
{% call refresh(schema, table) %}
WITH conferences AS (
    SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id, s.WORKFLOW_STEP_TYPE_ID AS step_type,
           CAST(s.CP_CONFERENCE_ACTUAL_DATE AS DATE) AS held_on,
           s.RESPONSIBLE_TEAM_ID AS team_id, s.ASSIGNEE_ID AS worker_id
    FROM {{ src('DM_WORKFLOW_STEPS') }} s
    JOIN {{ src('dm_subgroup_subjects') }} ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND {{ code_eq('ss.SUBJECT_TYPE_CODE', 'PER') }}
    WHERE {{ code_eq('s.CP_CONFERENCE_CATEGORY', category) }}
      AND {{ code_eq('s.STEP_STATUS', 'COMPLETED') }}
      AND s.CP_CONFERENCE_ACTUAL_DATE >= {{ history_start() }}
      AND s.CP_CONFERENCE_ACTUAL_DATE <= {{ today() }}
),
earlier AS (
    -- the child's steps before the conference: the latest S47, and the latest strategy discussion date
    SELECT c.step_id, c.person_id,
           ps.WORKFLOW_STEP_ID AS s47_step_id,
           ROW_NUMBER() OVER (PARTITION BY c.step_id, c.person_id
                              ORDER BY CASE WHEN {{ code_eq('ps.IS_SECTION_47_ENQUIRY', 'Y') }} THEN 0 ELSE 1 END,
                                       COALESCE(ps.STARTED_ON, ps.INCOMING_ON) DESC, ps.WORKFLOW_STEP_ID DESC) AS rn,
           MAX(ps.STRATEGY_DISCUSSION_DATE) OVER (PARTITION BY c.step_id, c.person_id) AS strategy_date,
           ps.IS_SECTION_47_ENQUIRY AS is_s47
    FROM conferences c
    JOIN {{ src('dm_workflow_backwards') }} wb ON wb.WORKFLOW_STEP_ID = c.step_id
    JOIN {{ src('DM_WORKFLOW_STEPS') }} ps ON ps.WORKFLOW_STEP_ID = wb.PRECEDING_WORKFLOW_STEP_ID
    JOIN {{ src('dm_subgroup_subjects') }} pss
      ON pss.SUBGROUP_ID = ps.SUBGROUP_ID AND {{ code_eq('pss.SUBJECT_TYPE_CODE', 'PER') }} AND pss.SUBJECT_COMPOUND_ID = c.person_id
),
plans AS (
    SELECT c.step_id, c.person_id, rg.REGISTRATION_ID AS plan_id,
           ROW_NUMBER() OVER (PARTITION BY c.step_id, c.person_id
                              ORDER BY CASE WHEN rg.REGISTRATION_STEP_ID = c.step_id THEN 0 ELSE 1 END, rg.REGISTRATION_ID) AS rn
    FROM conferences c
    JOIN {{ src('dm_REGISTRATIONS') }} rg
      ON rg.PERSON_ID = c.person_id AND CAST(rg.REGISTRATION_START_DATE AS DATE) = c.held_on
    WHERE {{ code_eq('rg.IS_CHILD_PROTECTION_PLAN', 'Y') }} AND NOT {{ code_eq("COALESCE(rg.IS_TEMPORARY_CHILD_PROTECTION, 'N')", 'Y') }}
),
transfers AS (
    SELECT DISTINCT mf.MAPPED_VALUE AS step_type
    FROM {{ src('dm_MAPPING_FILTERS') }} mf
    WHERE {{ code_eq('mf.FILTER_NAME', transfer_filter) }}
),
{{ shared.referral_on_date("referrals", "conferences", ["step_id", "person_id"], lib.referrals, "latest_covering",
                            on="ev.held_on") }}
{{ insert_into(schema, table) }}
SELECT
    {{ lib.step_person_id('c.step_id', 'c.person_id') }},
    NULL,  -- icpc_icpc_meeting_id: Mosaic records the conference as the step itself; there is no meeting id
    CASE WHEN {{ code_eq('e.is_s47', 'Y') }} THEN {{ lib.step_person_id('e.s47_step_id', 'c.person_id') }} END,
    {{ to_text('c.person_id', 48) }},
    {{ to_text('p.plan_id', 48) }},
    rf.referral_id,
    CASE WHEN {{ to_text('c.step_type', 48) }} IN (SELECT LTRIM(RTRIM({{ to_text('t.step_type', 48) }})) FROM transfers t) THEN 'Y' ELSE 'N' END,
    CASE WHEN e.strategy_date IS NOT NULL THEN {{ add_working_days('e.strategy_date', param('icpc_target_working_days', 15)) }} END,
    c.held_on,
    CASE WHEN p.plan_id IS NOT NULL THEN 'Y' ELSE 'N' END,
    CONCAT('{"CP_FLAG": "', CASE WHEN p.plan_id IS NOT NULL THEN 'Y' ELSE 'N' END, '"}'),
    {{ to_text('c.team_id', 48) }},
    {{ to_text('c.worker_id', 100) }}
FROM conferences c
LEFT JOIN referrals rf ON rf.step_id = c.step_id AND rf.person_id = c.person_id
LEFT JOIN earlier e ON e.step_id = c.step_id AND e.person_id = c.person_id AND e.rn = 1
LEFT JOIN plans p ON p.step_id = c.step_id AND p.person_id = c.person_id AND p.rn = 1
WHERE {{ shared.in_ssd_person(schema, 'c.person_id') }}
{% endcall %}

