{#- ssd_cp_visits from eclipse: completed Child: Visit forms of the CP kind (cp_visit_subnames) about
    children in ssd_person, dated inside the history window. The plan is the child's ssd_cp_plans plan
    covering the visit date (the latest started when plans overlap; open plans run to today), so plan
    ids match. Seen and seen alone from the answers; bedroom is not recorded (NULL). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set kinds = param("cp_visit_subnames", ["Child Protection "]) %}
{{ shared.check_param("cp_visit_subnames", kinds, "not_empty") }}
{% call refresh(schema, table) %}
WITH visits AS (
    {{ lib.form_answers("visit", lib.visit_controls, subnames=kinds) | indent(4) }}
),
keyed AS (
    SELECT {{ lib.instance_key("v") }} AS visit_key, v.instance_id, v.person_id, v.visit_date, v.seen, v.seen_alone
    FROM visits v
    WHERE {{ shared.in_ssd_person(schema, "v.person_id") }}
),
{# Each visit once with the CP plan covering it, the latest started first. #}
planned AS (
    {{ lib.with_cover("k.visit_key, k.person_id, k.visit_date, k.seen, k.seen_alone", "k.visit_date",
        (qualify(schema, "ssd_cp_plans"), "cppl_cp_plan_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", "c.cppl_person_id = " ~ lib.id_text("k.person_id")), "plan_id") | indent(4) }}
    WHERE k.visit_date >= {{ history_start() }}
)
{{ insert_into(schema, table) }}
SELECT
    k.visit_key,
    {{ lib.id_text("k.person_id") }},
    k.plan_id,
    k.visit_date,
    {{ lib.visit_seen("k") }},
    {{ lib.visit_seen_alone("k") }},
    NULL
FROM planned k
WHERE k.pick = 1
{% endcall %}
