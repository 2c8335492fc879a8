{#- ssd_cla_convictions from Liquid Logic: every FACT_OFFENCE recorded for a child in ssd_person (SSDA903
    asks about offences whatever their date, so no history window). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("fo.FACT_OFFENCE_ID") }},
    {{ to_text("fo.DIM_PERSON_ID") }},
    fo.OFFENCE_DTTM,
    {{ lib.clean("fo.DESCRIPTION", 1000) }}
FROM {{ src('FACT_OFFENCE') }} fo
WHERE fo.DIM_PERSON_ID <> -1
    AND {{ shared.in_ssd_person(schema, "fo.DIM_PERSON_ID") }}
{% endcall %}
