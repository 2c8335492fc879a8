{#- ssd_cla_health from Liquid Logic: FACT_HEALTH_CHECK checks dated inside the history window or
    undated, for children in ssd_person. Type and status are the lookup descriptions (readable, and
    the type is never blank there). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("hc.FACT_HEALTH_CHECK_ID") }},
    {{ to_text("hc.DIM_PERSON_ID") }},
    {{ lib.clean("hc.DIM_LOOKUP_EVENT_TYPE_DESC", 500) }},
    hc.START_DTTM,
    {{ lib.clean("hc.DIM_LOOKUP_EXAM_STATUS_DESC", 48) }}
FROM {{ src('FACT_HEALTH_CHECK') }} hc
WHERE hc.DIM_PERSON_ID <> -1
    AND {{ shared.open_in_window("hc.START_DTTM") }}
    AND {{ shared.in_ssd_person(schema, "hc.DIM_PERSON_ID") }}
{% endcall %}
