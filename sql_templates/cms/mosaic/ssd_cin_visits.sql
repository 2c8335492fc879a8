{#- ssd_cin_visits from Mosaic: dm_visits of the LA's CIN visit types (cin_visit_types) dated in the history
    window, for children in ssd_person. The child is the visit's PERSON_ID (kept, unlike a plan id
    standing in for it); seen and bedroom come from the answers on step visits (child_seen_question_codes,
    cin_bedroom_question_codes), read as Y/N whatever their spelling; seen alone from SEEN_ALONE_FLAG. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set types = param('cin_visit_types', ['STP.1189', 'VIS.CIN']) %}
{% set seen_codes = param('child_seen_question_codes', ['child_seen']) %}
{% set bedroom_codes = param('cin_bedroom_question_codes', ['seen_bedroom']) %}
{{ shared.check_param('cin_visit_types', types, 'list') }}
{{ shared.check_param('child_seen_question_codes', seen_codes, 'list') }}
{{ shared.check_param('cin_bedroom_question_codes', bedroom_codes, 'list') }}
{% call refresh(schema, table) %}
WITH {{ lib.visits("visits", types, seen_codes, bedroom_codes) }}
{{ insert_into(schema, table) }}
SELECT
    CAST(v.visit_id AS VARCHAR(48)),
    CAST(v.person_id AS VARCHAR(48)),
    v.visit_date,
    {{ lib.visit_seen('v') }},
    v.seen_alone,
    v.bedroom
FROM visits v
WHERE {{ shared.in_ssd_person(schema, 'v.person_id') }}
{% endcall %}
