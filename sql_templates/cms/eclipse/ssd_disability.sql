{#- ssd_disability from eclipse: disability classifications (CLASSIFICATIONPERSONVIEW paths
    disability_path_ids) mapped from CLASSIFICATION.NAME to DfE codes; current ones only
    (the D2I script also loaded ended disabilities, which the payload would report as current). -#}
{% import "cms/eclipse/_lib.sql.j2" as ecl with context %}
{% set names = {
    "No disability": "NONE", "Mobility": "MOB", "Hand function": "HAND", "Personal care": "PC",
    "Incontinence": "INC", "Communication": "COMM", "Learning Disability": "LD", "Learning": "LD",
    "Hearing": "HEAR", "Vision": "VIS", "Behaviour": "BEH", "Consciousness": "CON",
    "Diagnosed autism/aspergers": "AUT", "Autistic Spectrum Disorder": "AUT", "Autism spectrum condition": "AUT"} %}
{% call refresh(schema, table) %}
{{ prefer_hash_joins() }}
{{ insert_into(schema, table) }}
SELECT
    {{ ecl.id_text("d.CLASSIFICATIONASSIGNMENTID") }},
    sp.pers_person_id,
    COALESCE({{ ecl.map_text("cl.NAME", names) }}, {{ ecl.map_text("d.NAME", names) }}, 'DDA')
FROM {{ src("CLASSIFICATIONPERSONVIEW") }} d
LEFT JOIN {{ src("CLASSIFICATION") }} cl ON cl.ID = d.CLASSIFICATIONCODEID
{{ ecl.in_ssd_person(schema, "d.PERSONID") }}
WHERE {{ ecl.classified("d", "disability_path_ids") }}
    AND {{ ecl.not_deleted("d") }}
    AND (d.ENDDATE IS NULL OR d.ENDDATE >= {{ today() }})
{% endcall %}
