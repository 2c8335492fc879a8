{#- ssd_cla_immunisations from eclipse: completed SSDA903 return check forms of the immunisation kind
    (immunisation_subnames) about children in ssd_person; one row per child, from the latest such form
    (by check date, then instance), so a child with several forms keeps one key. Status Y when the
    immunisations-complete answer is one of immunisation_yes_answers, else N. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set kinds = param("immunisation_subnames", ["Immunisation check "]) %}
{{ shared.check_param("immunisation_subnames", kinds, "not_empty") }}
{% call refresh(schema, table) %}
WITH checks AS (
    {{ lib.form_answers("return_903", {"complete": ("903Return_ImmunisationsComplete", "text"),
                                       "check_date": ("903Return_dateOfCheckImm", "date")}, subnames=kinds) | indent(4) }}
),
latest AS (
    SELECT c.person_id, c.complete, COALESCE(c.check_date, c.completed_date) AS check_date,
        ROW_NUMBER() OVER (PARTITION BY c.person_id
            ORDER BY COALESCE(c.check_date, c.completed_date) DESC, c.instance_id DESC) AS pick
    FROM checks c
    WHERE c.complete IS NOT NULL AND {{ shared.in_ssd_person(schema, "c.person_id") }}
)
{{ insert_into(schema, table) }}
SELECT
    {{ lib.id_text("l.person_id") }},
    {{ lib.answer_yn("l.complete", "immunisation_yes_answers", ["Yes", "Y"]) }},
    l.check_date
FROM latest l
WHERE l.pick = 1
{% endcall %}
