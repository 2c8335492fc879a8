{#- ssd_cla_visits from eclipse: completed Child: Visit forms of the in-care kind (cla_visit_subnames)
    about children in ssd_person, dated inside the history window. The CLA id is the period of care
    covering the visit date (the latest admitted when periods overlap; open periods run to today), as
    ssd_cla_episodes' clae_cla_id. Seen and seen alone from the answers. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set kinds = param("cla_visit_subnames", ["Child in care"]) %}
{{ shared.check_param("cla_visit_subnames", kinds, "not_empty") }}
{% call refresh(schema, table) %}
WITH visits AS (
    {{ lib.form_answers("visit", lib.visit_controls, subnames=kinds) | indent(4) }}
),
keyed AS (
    SELECT {{ lib.instance_key("v") }} AS visit_key, v.instance_id, v.person_id, v.visit_date, v.seen, v.seen_alone
    FROM visits v
    WHERE {{ shared.in_ssd_person(schema, "v.person_id") }}
),
{# Each visit once with the period of care covering it, the latest admitted first. #}
periods AS (
    {{ lib.with_cover("k.visit_key, k.person_id, k.visit_date, k.seen, k.seen_alone", "k.visit_date",
        (src("CLAPERIODOFCAREVIEW"), "PERIODOFCAREID", "ADMISSIONDATE", "DISCHARGEDATE", "c.PERSONID = k.person_id"), "period_id") | indent(4) }}
    WHERE k.visit_date >= {{ history_start() }}
)
{{ insert_into(schema, table) }}
SELECT
    k.visit_key,
    {{ lib.id_text("k.period_id") }},
    {{ lib.id_text("k.person_id") }},
    k.visit_date,
    {{ lib.visit_seen("k") }},
    {{ lib.visit_seen_alone("k") }}
FROM periods k
WHERE k.pick = 1
{% endcall %}
