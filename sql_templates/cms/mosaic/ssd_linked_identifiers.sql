{#- ssd_linked_identifiers from Mosaic: dm_person_references of the children in ssd_person. Mosaic
    reference type codes are turned into the SSD identifier type names through the parameter
    linked_identifier_types (the payload reads only 'Former Unique Pupil Number'); other types keep their code. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set types = param('linked_identifier_types', {"UPN": "Unique Pupil Number", "FORMER_UPN": "Former Unique Pupil Number", "NHS": "NHS Number"}) %}
{{ shared.check_param('linked_identifier_types', types, 'mapping') }}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text('pr.REFERENCE_ID', 48) }},
    {{ to_text('pr.PERSON_ID', 48) }},
    CASE LTRIM(RTRIM(pr.REFERENCE_TYPE))
{% for code, name in types | dictsort %}
        WHEN {{ string_literal(code) }} THEN {{ string_literal(name) }}
{% endfor %}
        ELSE LEFT(pr.REFERENCE_TYPE, 100)
    END,
    LEFT(LTRIM(RTRIM(pr.REFERENCE)), 100),
    NULL,  -- link_valid_from_date: dm_person_references carries no validity dates
    NULL   -- link_valid_to_date: as above
FROM {{ src('dm_person_references') }} pr
WHERE pr.REFERENCE IS NOT NULL
  AND {{ shared.in_ssd_person(schema, 'pr.PERSON_ID') }}
{% endcall %}

