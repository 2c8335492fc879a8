{#- ssd_cin_visits from eclipse: completed Child: Visit forms of the CIN kinds (cin_visit_subnames) about
    children in ssd_person, dated inside the history window and inside one of the child's CIN plan
    classifications (cin_plan_path_ids / cin_plan_code_ids; an open plan runs to today). Seen and seen
    alone from the visit answers; the form does not record whether the bedroom was seen (NULL). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set kinds = param("cin_visit_subnames", ["Child in need", "Family Help"]) %}
{{ shared.check_param("cin_visit_subnames", kinds, "not_empty") }}
{% call refresh(schema, table) %}
WITH visits AS (
    {{ lib.form_answers("visit", lib.visit_controls, subnames=kinds) | indent(4) }}
),
keyed AS (
    SELECT {{ lib.instance_key("v") }} AS visit_key, v.*
    FROM visits v
    WHERE {{ shared.in_ssd_person(schema, "v.person_id") }}
)
{{ insert_into(schema, table) }}
SELECT
    k.visit_key,
    {{ lib.id_text("k.person_id") }},
    k.visit_date,
    {{ lib.visit_seen("k") }},
    {{ lib.visit_seen_alone("k") }},
    NULL
FROM keyed k
WHERE k.visit_date >= {{ history_start() }}
    AND EXISTS (SELECT 1 FROM {{ src("CLASSIFICATIONPERSONVIEW") }} c
        WHERE c.PERSONID = k.person_id AND {{ lib.classified("c", "cin_plan_path_ids", "cin_plan_code_ids") }}
            AND {{ lib.not_deleted("c") }} AND {{ shared.covers("c.STARTDATE", "c.ENDDATE", "k.visit_date") }})
{% endcall %}
