{#- ssd_disability from eclipse: disability classifications (CLASSIFICATIONPERSONVIEW paths
    disability_path_ids) mapped from CLASSIFICATION.NAME to DfE codes (source.params.disability_map adds or
    overrides); current ones only, because the payload reports every listed disability as current. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ lib.id_text("d.CLASSIFICATIONASSIGNMENTID") }},
    {{ lib.id_text("d.PERSONID") }},
    COALESCE({{ lib.disability_code("cl.NAME") }}, {{ lib.disability_code("d.NAME") }}, 'DDA')
FROM {{ src("CLASSIFICATIONPERSONVIEW") }} d
LEFT JOIN {{ src("CLASSIFICATION") }} cl ON cl.ID = d.CLASSIFICATIONCODEID
WHERE {{ lib.classified("d", "disability_path_ids") }}
    AND {{ shared.in_ssd_person(schema, "d.PERSONID") }}
    AND {{ lib.not_deleted("d") }}
    AND (d.ENDDATE IS NULL OR d.ENDDATE >= {{ today() }})
{% endcall %}
