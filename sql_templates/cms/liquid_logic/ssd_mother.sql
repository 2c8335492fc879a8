{#- ssd_mother from Liquid Logic: current FACT_PERSON_RELATION rows of the parent-of type (source.params.
    child_relation_type_code, default CHI) whose parent is not male and is a child in ssd_person or in
    ssd_cin_episodes; the related person is her child. A row without a related person says nothing and
    is left out. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("fpr.FACT_PERSON_RELATION_ID") }},
    {{ to_text("fpr.DIM_PERSON_ID") }},
    {{ to_text("fpr.DIM_RELATED_PERSON_ID") }},
    fpr.DIM_RELATED_PERSON_DOB
FROM {{ src('FACT_PERSON_RELATION') }} fpr
JOIN {{ src('DIM_PERSON') }} p ON p.DIM_PERSON_ID = fpr.DIM_PERSON_ID
WHERE {{ code_eq('fpr.DIM_LOOKUP_RELTN_TYPE_CODE', param('child_relation_type_code', 'CHI')) }}
    AND fpr.END_DTTM IS NULL
    AND fpr.DIM_PERSON_ID <> -1
    AND fpr.DIM_RELATED_PERSON_ID IS NOT NULL AND fpr.DIM_RELATED_PERSON_ID <> -1
    AND COALESCE(p.GENDER_MAIN_CODE, '') <> 'M'
    AND ({{ shared.in_ssd_person(schema, "fpr.DIM_PERSON_ID") }}
         OR EXISTS (SELECT 1 FROM {{ qualify(schema, "ssd_cin_episodes") }} ce
                    WHERE ce.cine_person_id = {{ to_text("fpr.DIM_PERSON_ID") }}))
{% endcall %}
