{#- ssd_disability from Mosaic: DM_DISABILITIES rows with a CIN disability category, for children in
    ssd_person; codes through source.params.disability_map, trimmed and upper-cased (the payload compares them as
    DfE codes). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text('d.DISABILITY_ID', 48) }},
    {{ to_text('d.PERSON_ID', 48) }},
    UPPER(LTRIM(RTRIM({{ lib.disability_code('d.CIN_DISABILITY_CATEGORY_CODE') }})))
FROM {{ src('DM_DISABILITIES') }} d
WHERE d.CIN_DISABILITY_CATEGORY_CODE IS NOT NULL
  AND LTRIM(RTRIM(d.CIN_DISABILITY_CATEGORY_CODE)) <> ''
  AND {{ shared.in_ssd_person(schema, 'd.PERSON_ID') }}
{% endcall %}

