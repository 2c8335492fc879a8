{#- ssd_disability from eclipse: disability classifications (CLASSIFICATIONPERSONVIEW paths
    disability_path_ids) mapped from CLASSIFICATION.NAME to DfE codes; current ones only, because
    the payload reports every listed disability as current. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set names = {
    "No disability": "NONE", "Mobility": "MOB", "Hand function": "HAND", "Personal care": "PC",
    "Incontinence": "INC", "Communication": "COMM", "Learning Disability": "LD", "Learning": "LD",
    "Hearing": "HEAR", "Vision": "VIS", "Behaviour": "BEH", "Consciousness": "CON",
    "Diagnosed autism/aspergers": "AUT", "Autistic Spectrum Disorder": "AUT", "Autism spectrum condition": "AUT"} %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ lib.id_text("d.CLASSIFICATIONASSIGNMENTID") }},
    {{ lib.id_text("d.PERSONID") }},
    COALESCE({{ lib.map_text("cl.NAME", names) }}, {{ lib.map_text("d.NAME", names) }}, 'DDA')
FROM {{ src("CLASSIFICATIONPERSONVIEW") }} d
LEFT JOIN {{ src("CLASSIFICATION") }} cl ON cl.ID = d.CLASSIFICATIONCODEID
WHERE {{ lib.classified("d", "disability_path_ids") }}
    AND {{ shared.in_ssd_person(schema, "d.PERSONID") }}
    AND {{ lib.not_deleted("d") }}
    AND (d.ENDDATE IS NULL OR d.ENDDATE >= {{ today() }})
{% endcall %}
