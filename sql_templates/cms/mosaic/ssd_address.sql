{#- ssd_address from Mosaic: dm_ADDRESSES of the children in ssd_person. The address text goes into a
    real JSON object, as the _json column promises; the postcode is trimmed and upper-cased. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    CAST(a.REF_ADDRESSES_PEOPLE_ID AS VARCHAR(48)),
    CAST(a.PERSON_ID AS VARCHAR(48)),
    LEFT(a.ADDRESS_TYPE, 48),
    a.START_DATE,
    a.END_DATE,
    LEFT(UPPER(LTRIM(RTRIM(a.POST_CODE))), 15),
    LEFT(CONCAT('{"ADDRESS": ', {{ json_string('a.ADDRESS') }}, '}'), 1000)
FROM {{ src('dm_ADDRESSES') }} a
WHERE {{ shared.in_ssd_person(schema, 'a.PERSON_ID') }}
{% endcall %}

