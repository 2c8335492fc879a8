{#- ssd_cin_visits from Liquid Logic: FACT_CASENOTES of the statutory-visit case-note types
    (source.params.cin_visit_casenote_types) dated inside the history window or undated, for children in
    ssd_person; one row per case note. Seen, seen alone and bedroom seen are the case note's flags. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% set types = param('cin_visit_casenote_types', ['CNSTAT', 'CNSTATCOVID', 'STAT', 'HVIS', 'DRCT', 'IRO', 'SUPERCONT', 'STVL', 'STVLCOVID', 'STVC', 'STVCPCOVID']) %}
{{- shared.check_param("cin_visit_casenote_types", types, "not_empty") }}
{{- shared.check_param("cin_visit_casenote_types", types, "list") }}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("cn.FACT_CASENOTE_ID") }},
    {{ to_text("cn.DIM_PERSON_ID") }},
    cn.EVENT_DTTM,
    LEFT(cn.SEEN_FLAG, 1),
    LEFT(cn.SEEN_ALONE_FLAG, 1),
    LEFT(cn.SEEN_BEDROOM_FLAG, 1)
FROM {{ src('FACT_CASENOTES') }} cn
WHERE cn.DIM_PERSON_ID <> -1
    AND {{ code_in('cn.DIM_LOOKUP_CASNT_TYPE_ID_CODE', types) }}
    AND {{ shared.open_in_window("cn.EVENT_DTTM") }}
    AND {{ shared.in_ssd_person(schema, "cn.DIM_PERSON_ID") }}
{% endcall %}
