{#- ssd_cp_visits from Mosaic: dm_visits of the LA's CP visit types (cp_visit_types) dated in the history
    window, for children in ssd_person; one person and one visit id column (not the visit id twice).
    Plan = the child's highest CP registration (not temporary) open on the visit date; seen, seen alone
    and bedroom as for CIN visits (the CP bedroom question has its own code list). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set types = param('cp_visit_types', ['STP.1187', 'VIS.CP']) %}
{% set seen_codes = param('child_seen_question_codes', ['child_seen']) %}
{% set bedroom_codes = param('cp_bedroom_question_codes', ['seen bedroom']) %}
{{ shared.check_param('cp_visit_types', types, 'list') }}
{{ shared.check_param('child_seen_question_codes', seen_codes, 'list') }}
{{ shared.check_param('cp_bedroom_question_codes', bedroom_codes, 'list') }}
{% call refresh(schema, table) %}
WITH {{ lib.visits("visits", types, seen_codes, bedroom_codes) }},
{{ shared.highest_match("plans", "visits", ["visit_id", "person_id"], src('dm_REGISTRATIONS') ~ " rg",
                         "rg.PERSON_ID = ev.person_id AND " ~ code_eq('rg.IS_CHILD_PROTECTION_PLAN', 'Y')
                         ~ " AND NOT " ~ code_eq("COALESCE(rg.IS_TEMPORARY_CHILD_PROTECTION, 'N')", 'Y') ~ " AND "
                         ~ shared.covers('rg.REGISTRATION_START_DATE', 'rg.DEREGISTRATION_DATE', 'ev.visit_date'),
                         "rg.REGISTRATION_ID", "plan_id") }}
{{ insert_into(schema, table) }}
SELECT
    CAST(v.visit_id AS VARCHAR(48)),
    CAST(v.person_id AS VARCHAR(48)),
    CAST(p.plan_id AS VARCHAR(48)),
    v.visit_date,
    {{ lib.visit_seen('v') }},
    v.seen_alone,
    v.bedroom
FROM visits v
LEFT JOIN plans p ON p.visit_id = v.visit_id AND p.person_id = v.person_id
WHERE {{ shared.in_ssd_person(schema, 'v.person_id') }}
{% endcall %}
