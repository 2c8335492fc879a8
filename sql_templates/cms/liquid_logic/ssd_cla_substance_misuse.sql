{#- ssd_cla_substance_misuse from Liquid Logic: every FACT_SUBSTANCE_MISUSE row of a child in ssd_person
    (no history window): the substance lookup code and whether an intervention was accepted. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("sm.FACT_SUBSTANCE_MISUSE_ID") }},
    {{ to_text("sm.DIM_PERSON_ID") }},
    sm.START_DTTM,
    {{ lib.clean("sm.DIM_LOOKUP_SUBSTANCE_TYPE_CODE", 100) }},
    LEFT(sm.ACCEPT_FLAG, 1)
FROM {{ src('FACT_SUBSTANCE_MISUSE') }} sm
WHERE sm.DIM_PERSON_ID <> -1
    AND {{ shared.in_ssd_person(schema, "sm.DIM_PERSON_ID") }}
{% endcall %}
