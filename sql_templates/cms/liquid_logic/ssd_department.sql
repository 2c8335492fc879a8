{#- ssd_department from Liquid Logic: every DIM_DEPARTMENT row but the -1 "no value" row. The parent
    columns stay NULL: DEPT_ID and DEPT_TYPE_DESCRIPTION are the department's own code and type, not a
    parent, and no parent column is mapped. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("d.DIM_DEPARTMENT_ID") }},
    {{ lib.clean("d.NAME", 255) }},
    NULL,
    NULL
FROM {{ src('DIM_DEPARTMENT') }} d
WHERE d.DIM_DEPARTMENT_ID <> -1
{% endcall %}
