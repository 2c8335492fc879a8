{#- ssd_family from eclipse: members of groups of type Family (family_group_type) who are children in
    ssd_person; one row per group and person. The key joins group and person with a '.' so that no two
    pairs can share it; a group listed twice in GROUPVIEW does not duplicate its members. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT DISTINCT
    CONCAT({{ lib.id_text("gp.GROUPID") }}, '.', {{ lib.id_text("gp.PERSONID") }}),
    {{ lib.id_text("gp.GROUPID") }},
    {{ lib.id_text("gp.PERSONID") }}
FROM {{ src("GROUPPERSONVIEW") }} gp
WHERE gp.GROUPID IS NOT NULL AND gp.PERSONID IS NOT NULL
    AND EXISTS (SELECT 1 FROM {{ src("GROUPVIEW") }} g
        WHERE g.GROUPID = gp.GROUPID AND {{ code_eq("g.GROUPTYPE", param("family_group_type", "Family")) }})
    AND {{ shared.in_ssd_person(schema, "gp.PERSONID") }}
{% endcall %}
