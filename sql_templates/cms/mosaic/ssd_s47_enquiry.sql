{#- ssd_s47_enquiry from Mosaic: S47 workflow steps per child (dm_workflow_steps_people_vw,
    IS_SECTION_47_ENQUIRY = 'Y', live statuses) overlapping the history window; id = step + child.
    The outcome is a JSON object with the CP_CONFERENCE_FLAG key the payload reads: 'Y' when the step
    led to an initial CP conference step
    (or a next action listed in s47_icpc_action_ids) for the child. NFA = an NFA-type next action and no
    further action (conference, or a type in s47_further_action_ids). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set further_ids = param('s47_further_action_ids', []) %}
{{ shared.check_param('s47_further_action_ids', further_ids, 'list') }}
{% set icpc_ids = param('s47_icpc_action_ids', []) %}
{{ shared.check_param('s47_icpc_action_ids', icpc_ids, 'list') }}
{% set category = param('icpc_conference_category', 'Initial') %}
{% call refresh(schema, table) %}
WITH enquiries AS (
    SELECT v.WORKFLOW_STEP_ID AS step_id, v.PERSON_ID AS person_id,
           CAST(v.STARTED_ON AS DATE) AS start_date, CAST(v.COMPLETED_ON AS DATE) AS end_date,
           v.RESPONSIBLE_TEAM_ID AS team_id, v.ASSIGNEE_ID AS worker_id
    FROM {{ src('dm_workflow_steps_people_vw') }} v
    WHERE {{ code_eq('v.IS_SECTION_47_ENQUIRY', 'Y') }}
      AND {{ code_in('v.STEP_STATUS', lib.live_statuses) }}
      AND {{ shared.overlaps_window('CAST(v.STARTED_ON AS DATE)', 'CAST(v.COMPLETED_ON AS DATE)') }}
),
actions AS (
    -- only the enquiries' next actions are grouped, not every link in the data mart
    SELECT wl.SOURCE_STEP_ID AS step_id, tp.PERSON_ID AS person_id,
           MAX(CASE WHEN {{ code_eq('ts.CP_CONFERENCE_CATEGORY', category) }}
                      OR {{ lib.in_list('wl.WORKFLOW_NEXT_ACTION_TYPE_ID', icpc_ids) }} THEN 1 ELSE 0 END) AS conference,
           MAX(CASE WHEN {{ lib.in_list('wl.WORKFLOW_NEXT_ACTION_TYPE_ID', further_ids) }} THEN 1 ELSE 0 END) AS further,
           MAX(CASE WHEN {{ code_eq('nt.IS_NO_FURTHER_ACTION', 'Y') }} THEN 1 ELSE 0 END) AS nfa
    FROM {{ src('dm_workflow_links') }} wl
    JOIN {{ src('dm_workflow_steps_people_vw') }} tp ON tp.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
    JOIN {{ src('DM_WORKFLOW_STEPS') }} ts ON ts.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
    LEFT JOIN {{ src('dm_WORKFLOW_NXT_ACTION_TYPES') }} nt ON nt.WORKFLOW_NEXT_ACTION_TYPE_ID = wl.WORKFLOW_NEXT_ACTION_TYPE_ID
    WHERE {{ code_in('tp.STEP_STATUS', lib.live_statuses) }}
      AND wl.SOURCE_STEP_ID IN (SELECT e.step_id FROM enquiries e)
    GROUP BY wl.SOURCE_STEP_ID, tp.PERSON_ID
),
{{ shared.referral_on_date("referrals", "enquiries", ["step_id", "person_id"], lib.referrals, "latest_covering",
                            on="ev.start_date") }}
{{ insert_into(schema, table) }}
SELECT
    {{ lib.step_person_id('e.step_id', 'e.person_id') }},
    rf.referral_id,
    {{ to_text('e.person_id', 48) }},
    e.start_date,
    e.end_date,
    CASE WHEN a.nfa = 1 AND a.conference = 0 AND a.further = 0 THEN 'Y' ELSE 'N' END,
    CONCAT('{"NFA_FLAG": "', CASE WHEN a.nfa = 1 AND a.conference = 0 AND a.further = 0 THEN 'Y' ELSE 'N' END,
           '", "CP_CONFERENCE_FLAG": "', CASE WHEN a.conference = 1 THEN 'Y' ELSE 'N' END, '"}'),
    {{ to_text('e.team_id', 48) }},
    {{ to_text('e.worker_id', 100) }}
FROM enquiries e
LEFT JOIN referrals rf ON rf.step_id = e.step_id AND rf.person_id = e.person_id
LEFT JOIN actions a ON a.step_id = e.step_id AND a.person_id = e.person_id
WHERE {{ shared.in_ssd_person(schema, 'e.person_id') }}
{% endcall %}

