{#- ssd_cin_plans from Mosaic data-mart tables: CIN plan workflow steps (DM_WORKFLOW_STEPS of the LA's CIN
    plan step types, cin_plan_step_type_ids) overlapping the history window, one row per child subject; the
    plan runs from the step's start to its completion. Only data-mart tables every Mosaic LA has are read.
    Worker = the child's allocated worker (dm_ALLOCATED_WORKERS)
    at the plan end, or today while open; team = that worker's role organisation on the same day. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set plan_types = param('cin_plan_step_type_ids', [325, 369, 463]) %}
{{ shared.check_param('cin_plan_step_type_ids', plan_types, 'list') }}
{% call refresh(schema, table) %}
WITH plans AS (
    SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
           COALESCE(s.STARTED_ON, s.INCOMING_ON) AS start_date, s.COMPLETED_ON AS end_date,
           COALESCE(s.COMPLETED_ON, {{ today() }}) AS as_at
    FROM {{ src('DM_WORKFLOW_STEPS') }} s
    JOIN {{ src('dm_subgroup_subjects') }} ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND {{ code_eq('ss.SUBJECT_TYPE_CODE', 'PER') }}
    WHERE {{ lib.in_list('s.WORKFLOW_STEP_TYPE_ID', plan_types) }}
      AND {{ code_in('s.STEP_STATUS', lib.live_statuses) }}
      AND {{ shared.overlaps_window('COALESCE(s.STARTED_ON, s.INCOMING_ON)', 's.COMPLETED_ON') }}
),
workers AS (
    -- the latest allocation on the day, with that worker's role organisation on the same day
    SELECT p.step_id, p.person_id, aw.WORKER_ID AS worker_id, wr.ORGANISATION_ID AS team_id,
           ROW_NUMBER() OVER (PARTITION BY p.step_id, p.person_id
                              ORDER BY aw.START_DATE DESC, aw.ALLOCATION_ID DESC, wr.START_DATE DESC, wr.WORKER_ROLE_ID DESC) AS rn
    FROM plans p
    JOIN {{ src('dm_ALLOCATED_WORKERS') }} aw
      ON aw.PERSON_ID = p.person_id AND {{ shared.covers('aw.START_DATE', 'aw.END_DATE', 'p.as_at') }}
    LEFT JOIN {{ src('dm_worker_roles') }} wr
           ON wr.WORKER_ID = aw.WORKER_ID AND {{ shared.covers('wr.START_DATE', 'wr.END_DATE', 'p.as_at') }}
),
{{ shared.referral_on_date("referrals", "plans", ["step_id", "person_id"], lib.referrals, "latest_covering",
                            on="ev.start_date") }}
{{ insert_into(schema, table) }}
SELECT
    {{ lib.step_person_id('p.step_id', 'p.person_id') }},
    rf.referral_id,
    {{ to_text('p.person_id', 48) }},
    p.start_date,
    p.end_date,
    {{ to_text('w.team_id', 48) }},
    {{ to_text('w.worker_id', 100) }}
FROM plans p
LEFT JOIN workers w ON w.step_id = p.step_id AND w.person_id = p.person_id AND w.rn = 1
LEFT JOIN referrals rf ON rf.step_id = p.step_id AND rf.person_id = p.person_id
WHERE {{ shared.in_ssd_person(schema, 'p.person_id') }}
{% endcall %}

