{#- ssd_cin_plans from Mosaic data-mart tables: CIN plan workflow steps (DM_WORKFLOW_STEPS of the LA's CIN
    plan step types, cin_plan_step_type_ids) overlapping the history window, one row per child subject; the
    plan runs from the step's start to its completion. D2I read an LA-specific warehouse (SCF.CIN_Plans and
    raw.* tables) that other LAs do not have. Worker = the child's allocated worker (dm_ALLOCATED_WORKERS)
    at the plan end, or today while open; team = that worker's role organisation on the same day. -#}
{% import "cms/mosaic/_lib.sql" as m with context %}
{% set plan_types = param('cin_plan_step_type_ids', [325, 369, 463]) %}
{{ m.require_list('cin_plan_step_type_ids', plan_types) }}
{% call refresh(schema, table) %}
WITH plans AS (
    SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
           COALESCE(s.STARTED_ON, s.INCOMING_ON) AS start_date, s.COMPLETED_ON AS end_date,
           COALESCE(s.COMPLETED_ON, {{ today() }}) AS as_at
    FROM {{ src('DM_WORKFLOW_STEPS') }} s
    JOIN {{ src('dm_subgroup_subjects') }} ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND ss.SUBJECT_TYPE_CODE = 'PER'
    WHERE {{ m.in_list('s.WORKFLOW_STEP_TYPE_ID', plan_types) }}
      AND s.STEP_STATUS IN {{ sql_list(m.live_statuses) }}
      AND {{ m.overlaps_window('COALESCE(s.STARTED_ON, s.INCOMING_ON)', 's.COMPLETED_ON') }}
),
workers AS (
    SELECT p.step_id, p.person_id, p.start_date, p.end_date, p.as_at, aw.WORKER_ID AS worker_id,
           ROW_NUMBER() OVER (PARTITION BY p.step_id, p.person_id ORDER BY aw.START_DATE DESC, aw.ALLOCATION_ID DESC) AS rn
    FROM plans p
    LEFT JOIN {{ src('dm_ALLOCATED_WORKERS') }} aw
           ON aw.PERSON_ID = p.person_id AND {{ m.covers('aw.START_DATE', 'aw.END_DATE', 'p.as_at') }}
),
teams AS (
    SELECT w.step_id, w.person_id, w.start_date, w.end_date, w.worker_id, wr.ORGANISATION_ID AS team_id,
           ROW_NUMBER() OVER (PARTITION BY w.step_id, w.person_id ORDER BY wr.START_DATE DESC, wr.WORKER_ROLE_ID DESC) AS rn
    FROM workers w
    LEFT JOIN {{ src('dm_worker_roles') }} wr
           ON wr.WORKER_ID = w.worker_id AND {{ m.covers('wr.START_DATE', 'wr.END_DATE', 'w.as_at') }}
    WHERE w.rn = 1
),
referrals AS (
    SELECT t.step_id, t.person_id, t.start_date, t.end_date, t.worker_id, t.team_id,
           CASE WHEN r.REFERRAL_ID IS NOT NULL THEN {{ m.step_person_id('r.REFERRAL_ID', 'r.PERSON_ID') }} END AS referral_id,
           ROW_NUMBER() OVER (PARTITION BY t.step_id, t.person_id ORDER BY r.REFERRAL_DATE DESC, r.REFERRAL_ID DESC) AS rn
    FROM teams t
    LEFT JOIN {{ src('dm_cin_referrals') }} r
           ON r.PERSON_ID = t.person_id AND {{ m.covers('r.REFERRAL_DATE', 'r.CLOSURE_DATE', 't.start_date') }}
    WHERE t.rn = 1
)
{{ insert_into(schema, table) }}
SELECT
    {{ m.step_person_id('x.step_id', 'x.person_id') }},
    x.referral_id,
    CAST(x.person_id AS VARCHAR(48)),
    x.start_date,
    x.end_date,
    CAST(x.team_id AS VARCHAR(48)),
    CAST(x.worker_id AS VARCHAR(100))
FROM referrals x
WHERE x.rn = 1
  AND {{ m.in_ssd_person(schema, 'x.person_id') }}
{% endcall %}

