{#- ssd_immigration_status from eclipse: immigration classifications (paths immigration_path_ids).
    The payload flags UASC only for the code 'U', so the UASC classification (uasc_classification_id)
    is stored as 'U'; other statuses keep their classification name. -#}
{% import "cms/eclipse/_lib.sql.j2" as ecl with context %}
{% call refresh(schema, table) %}
{{ prefer_hash_joins() }}
{{ insert_into(schema, table) }}
SELECT
    {{ ecl.id_text("i.CLASSIFICATIONASSIGNMENTID") }},
    sp.pers_person_id,
    i.STARTDATE,
    i.ENDDATE,
    CASE WHEN i.CLASSIFICATIONCODEID = {{ param("uasc_classification_id", 423) | int }} THEN 'U'
        ELSE LEFT(COALESCE(cl.NAME, i.NAME), 100) END
FROM {{ src("CLASSIFICATIONPERSONVIEW") }} i
LEFT JOIN {{ src("CLASSIFICATION") }} cl ON cl.ID = i.CLASSIFICATIONCODEID
{{ ecl.in_ssd_person(schema, "i.PERSONID") }}
WHERE {{ ecl.classified("i", "immigration_path_ids") }}
    AND {{ ecl.not_deleted("i") }}
    AND (i.ENDDATE IS NULL OR i.ENDDATE >= {{ ecl.window_start() }})
{% endcall %}
