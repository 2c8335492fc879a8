{#- ssd_immigration_status from Liquid Logic: every FACT_IMMIGRATION_STATUS row of a child in ssd_person.
    The status is the lookup code (the payload flags UASC on the code U), not its description. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("ims.FACT_IMMIGRATION_STATUS_ID") }},
    {{ to_text("ims.DIM_PERSON_ID") }},
    ims.START_DTTM,
    ims.END_DTTM,
    {{ lib.clean("ims.DIM_LOOKUP_IMMGR_STATUS_CODE", 100) }}
FROM {{ src('FACT_IMMIGRATION_STATUS') }} ims
WHERE ims.DIM_PERSON_ID <> -1
    AND {{ shared.in_ssd_person(schema, "ims.DIM_PERSON_ID") }}
{% endcall %}
