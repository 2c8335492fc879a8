{#- ssd_involvements from Mosaic: the allocated workers (dm_ALLOCATED_WORKERS, role 'CW', the case worker
    the payload looks for) and the other professional relationships (dm_prof_relationships, role = the
    Mosaic relationship type code, or 'CW' for types listed in care_worker_relationship_types), overlapping
    the history window. Ids are prefixed AW. / PR. so the two sources never collide. Team = the worker's
    role organisation at the start; referral = the child's highest referral overlapping the involvement.
    D2I loaded no person id and only the relationships. -#}
{% import "cms/mosaic/_lib.sql" as m with context %}
{% set cw_types = param('care_worker_relationship_types', []) %}
{{ m.require_list('care_worker_relationship_types', cw_types) }}
{% call refresh(schema, table) %}
WITH links AS (
    SELECT CONCAT('AW.', CAST(aw.ALLOCATION_ID AS VARCHAR(20))) AS id, aw.WORKER_ID AS worker_id, 'CW' AS role,
           aw.PERSON_ID AS person_id, aw.START_DATE AS start_date, aw.END_DATE AS end_date, NULL AS reason
    FROM {{ src('dm_ALLOCATED_WORKERS') }} aw
    WHERE {{ m.overlaps_window('aw.START_DATE', 'aw.END_DATE') }}
    UNION ALL
    SELECT CONCAT('PR.', CAST(pr.PROF_RELATIONSHIP_ID AS VARCHAR(20))), pr.WORKER_ID,
           CASE WHEN {{ m.in_list('pr.PROF_REL_TYPE_CODE', cw_types) }} THEN 'CW' ELSE pr.PROF_REL_TYPE_CODE END,
           pr.PERSON_ID, pr.START_DATE, pr.END_DATE, pr.END_DATE_REASON
    FROM {{ src('dm_prof_relationships') }} pr
    WHERE {{ m.overlaps_window('pr.START_DATE', 'pr.END_DATE') }}
),
teams AS (
    SELECT l.id, wr.ORGANISATION_ID AS team_id,
           ROW_NUMBER() OVER (PARTITION BY l.id ORDER BY wr.START_DATE DESC, wr.WORKER_ROLE_ID DESC) AS rn
    FROM links l
    JOIN {{ src('dm_worker_roles') }} wr
      ON wr.WORKER_ID = l.worker_id AND {{ m.covers('wr.START_DATE', 'wr.END_DATE', 'l.start_date') }}
),
referrals AS (
    -- the child's highest referral id overlapping the involvement (an allocation often starts before the
    -- referral is recorded, so "open on the start date" would leave the case worker without a referral)
    SELECT l.id, {{ m.step_person_id('r.REFERRAL_ID', 'r.PERSON_ID') }} AS referral_id,
           ROW_NUMBER() OVER (PARTITION BY l.id ORDER BY r.REFERRAL_ID DESC) AS rn
    FROM links l
    JOIN {{ src('dm_cin_referrals') }} r
      ON r.PERSON_ID = l.person_id AND {{ m.overlaps('l.start_date', 'l.end_date', 'r.REFERRAL_DATE', 'r.CLOSURE_DATE') }}
)
{{ insert_into(schema, table) }}
SELECT
    l.id,
    CAST(l.worker_id AS VARCHAR(48)),
    LEFT(l.role, 200),
    CAST(t.team_id AS VARCHAR(48)),
    CAST(l.person_id AS VARCHAR(48)),
    l.start_date,
    l.end_date,
    LEFT(l.reason, 200),
    rf.referral_id
FROM links l
LEFT JOIN teams t ON t.id = l.id AND t.rn = 1
LEFT JOIN referrals rf ON rf.id = l.id AND rf.rn = 1
WHERE {{ m.in_ssd_person(schema, 'l.person_id') }}
{% endcall %}

