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
    SELECT {{ lib.instance_key("v") }} AS visit_key, v.*
    FROM visits v
    WHERE {{ shared.in_ssd_person(schema, "v.person_id") }}
),
periods AS (
    SELECT px.visit_key, px.period_id
    FROM (
        SELECT k.visit_key, pc.PERIODOFCAREID AS period_id,
            ROW_NUMBER() OVER (PARTITION BY k.visit_key ORDER BY pc.ADMISSIONDATE DESC, pc.PERIODOFCAREID DESC) AS pick
        FROM keyed k
        JOIN {{ src("CLAPERIODOFCAREVIEW") }} pc
            ON pc.PERSONID = k.person_id AND {{ shared.covers("pc.ADMISSIONDATE", "pc.DISCHARGEDATE", "k.visit_date") }}
    ) px
    WHERE px.pick = 1
)
{{ insert_into(schema, table) }}
SELECT
    k.visit_key,
    {{ lib.id_text("p.period_id") }},
    {{ lib.id_text("k.person_id") }},
    k.visit_date,
    {{ lib.visit_seen("k") }},
    {{ lib.visit_seen_alone("k") }}
FROM keyed k
LEFT JOIN periods p ON p.visit_key = k.visit_key
WHERE k.visit_date >= {{ history_start() }}
{% endcall %}
