{#- ssd_involvements from Mosaic: the allocated workers (dm_ALLOCATED_WORKERS, role 'CW', the case worker
    the payload looks for) and the other professional relationships (dm_prof_relationships, role = the
    Mosaic relationship type code, or 'CW' for types listed in care_worker_relationship_types), overlapping
    the history window. Ids are prefixed AW. / PR. so the two sources never collide. Team = the worker's
    role organisation at the start; referral = the child's highest referral id overlapping the involvement (an allocation often starts
    before its referral is recorded). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set cw_types = param('care_worker_relationship_types', []) %}
{{ shared.check_param('care_worker_relationship_types', cw_types, 'list') }}
{% call refresh(schema, table) %}
WITH links AS (
    SELECT CONCAT('AW.', {{ to_text('aw.ALLOCATION_ID', 20) }}) AS id, aw.WORKER_ID AS worker_id, 'CW' AS role,
           aw.PERSON_ID AS person_id, aw.START_DATE AS start_date, aw.END_DATE AS end_date, NULL AS reason
    FROM {{ src('dm_ALLOCATED_WORKERS') }} aw
    WHERE {{ shared.overlaps_window('aw.START_DATE', 'aw.END_DATE') }}
    UNION ALL
    SELECT CONCAT('PR.', {{ to_text('pr.PROF_RELATIONSHIP_ID', 20) }}), pr.WORKER_ID,
           CASE WHEN {{ lib.code_in_list('pr.PROF_REL_TYPE_CODE', cw_types) }} THEN 'CW' ELSE pr.PROF_REL_TYPE_CODE END,
           pr.PERSON_ID, pr.START_DATE, pr.END_DATE, pr.END_DATE_REASON
    FROM {{ src('dm_prof_relationships') }} pr
    WHERE {{ shared.overlaps_window('pr.START_DATE', 'pr.END_DATE') }}
),
{{ shared.latest_on_or_before("teams", "links", ["id"], src('dm_worker_roles') ~ " wr", "wr.WORKER_ID = ev.worker_id",
                              "wr.START_DATE", "wr.WORKER_ROLE_ID", "ev.start_date", {"team_id": "wr.ORGANISATION_ID"},
                              row_end="wr.END_DATE") }},
{{ shared.referral_on_date("referrals", "links", ["id"], lib.referrals, "highest_overlapping",
                            on=("ev.start_date", "ev.end_date")) }}
{{ insert_into(schema, table) }}
SELECT
    l.id,
    {{ to_text('l.worker_id', 48) }},
    LEFT(l.role, 200),
    {{ to_text('t.team_id', 48) }},
    {{ to_text('l.person_id', 48) }},
    l.start_date,
    l.end_date,
    LEFT(l.reason, 200),
    rf.referral_id
FROM links l
LEFT JOIN teams t ON t.id = l.id
LEFT JOIN referrals rf ON rf.id = l.id
WHERE {{ shared.in_ssd_person(schema, 'l.person_id') }}
{% endcall %}

