{#- ssd_legal_status from Liquid Logic: FACT_LEGAL_STATUS spells still open or ended inside the history
    window, for children in ssd_person. Liquid Logic gives the status as a description:
    source.params.legal_status_codes maps descriptions to SSDA903 codes (unlisted ones pass through). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% set codes = param('legal_status_codes', {}) %}
{{- shared.check_param("legal_status_codes", codes, "mapping") }}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("ls.FACT_LEGAL_STATUS_ID") }},
    {{ to_text("ls.DIM_PERSON_ID") }},
    LEFT({{ value_map("NULLIF(LTRIM(RTRIM(ls.DIM_LOOKUP_LGL_STATUS_DESC)), '')", codes, 100) }}, 100),
    ls.START_DTTM,
    ls.END_DTTM
FROM {{ src('FACT_LEGAL_STATUS') }} ls
WHERE ls.DIM_PERSON_ID <> -1
    AND {{ shared.open_in_window("ls.END_DTTM") }}
    AND {{ shared.in_ssd_person(schema, "ls.DIM_PERSON_ID") }}
{% endcall %}
