{#- ssd_immigration_status from eclipse: immigration classifications (paths immigration_path_ids).
    The payload flags UASC only for the code 'U', so the UASC classification (uasc_classification_id)
    is stored as 'U'; other statuses keep their classification name. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ lib.id_text("i.CLASSIFICATIONASSIGNMENTID") }},
    {{ lib.id_text("i.PERSONID") }},
    i.STARTDATE,
    i.ENDDATE,
    CASE WHEN i.CLASSIFICATIONCODEID = {{ param("uasc_classification_id", 423) | int }} THEN 'U'
        ELSE LEFT(COALESCE(cl.NAME, i.NAME), 100) END
FROM {{ src("CLASSIFICATIONPERSONVIEW") }} i
LEFT JOIN {{ src("CLASSIFICATION") }} cl ON cl.ID = i.CLASSIFICATIONCODEID
WHERE {{ lib.classified("i", "immigration_path_ids") }}
    AND {{ shared.in_ssd_person(schema, "i.PERSONID") }}
    AND {{ lib.not_deleted("i") }}
    AND {{ shared.open_in_window("i.ENDDATE") }}
{% endcall %}
