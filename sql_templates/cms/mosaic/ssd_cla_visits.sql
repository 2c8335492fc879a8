{#- ssd_cla_visits from Mosaic: dm_visits of the LA's looked-after visit types (cla_visit_types) dated in the
    history window, for children in ssd_person. Period of care = the child's highest dm_PERIODS_OF_CARE
    id open on the visit date (one even where periods overlap); seen and seen alone as for CIN visits. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set types = param('cla_visit_types', ['STP.1193', 'VIS.CLA']) %}
{% set seen_codes = param('child_seen_question_codes', ['child_seen']) %}
{{ shared.check_param('cla_visit_types', types, 'list') }}
{{ shared.check_param('child_seen_question_codes', seen_codes, 'list') }}
{% call refresh(schema, table) %}
WITH {{ lib.visits("visits", types, seen_codes, []) }},
{{ shared.highest_match("periods", "visits", ["visit_id", "person_id"], src('dm_PERIODS_OF_CARE') ~ " pc",
                         "pc.PERSON_ID = ev.person_id AND " ~ shared.covers('pc.START_DATE', 'pc.END_DATE', 'ev.visit_date'),
                         "pc.PERIOD_OF_CARE_ID", "period_id") }}
{{ insert_into(schema, table) }}
SELECT
    CAST(v.visit_id AS VARCHAR(48)),
    CAST(p.period_id AS VARCHAR(48)),
    CAST(v.person_id AS VARCHAR(48)),
    v.visit_date,
    {{ lib.visit_seen('v') }},
    v.seen_alone
FROM visits v
LEFT JOIN periods p ON p.visit_id = v.visit_id AND p.person_id = v.person_id
WHERE {{ shared.in_ssd_person(schema, 'v.person_id') }}
{% endcall %}
