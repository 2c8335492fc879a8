{#- ssd_cla_visits from Liquid Logic: FACT_CLA_VISIT rows with their case note of the CLA-visit type
    (source.params.cla_visit_casenote_type, default STVL) dated inside the history window or undated,
    for children in ssd_person. Date, seen and seen alone come from the case note. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("cv.FACT_CLA_VISIT_ID") }},
    {{ lib.id_text("cv.FACT_CLA_ID") }},
    {{ to_text("cv.DIM_PERSON_ID") }},
    cn.EVENT_DTTM,
    LEFT(cn.SEEN_FLAG, 1),
    LEFT(cn.SEEN_ALONE_FLAG, 1)
FROM {{ src('FACT_CLA_VISIT') }} cv
JOIN {{ src('FACT_CASENOTES') }} cn
    ON cn.FACT_CASENOTE_ID = cv.FACT_CASENOTE_ID AND cn.DIM_PERSON_ID = cv.DIM_PERSON_ID
WHERE cv.DIM_PERSON_ID <> -1
    AND {{ code_eq('cn.DIM_LOOKUP_CASNT_TYPE_ID_CODE', param('cla_visit_casenote_type', 'STVL')) }}
    AND {{ shared.open_in_window("cn.EVENT_DTTM") }}
    AND {{ shared.in_ssd_person(schema, "cv.DIM_PERSON_ID") }}
{% endcall %}
