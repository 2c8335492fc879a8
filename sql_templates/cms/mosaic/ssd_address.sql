{#- ssd_address from Mosaic: dm_ADDRESSES of the children in ssd_person. The address text goes into a
    real JSON object, as the _json column promises; the postcode is trimmed and upper-cased. The address is
    limited to 150 characters, so even fully escaped (6 characters each) the object fits the 1,000 of the column whole. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text('a.REF_ADDRESSES_PEOPLE_ID', 48) }},
    {{ to_text('a.PERSON_ID', 48) }},
    LEFT(a.ADDRESS_TYPE, 48),
    a.START_DATE,
    a.END_DATE,
    LEFT(UPPER(LTRIM(RTRIM(a.POST_CODE))), 15),
    CONCAT('{"ADDRESS": ', {{ json_string('LEFT(a.ADDRESS, 150)') }}, '}')
FROM {{ src('dm_ADDRESSES') }} a
WHERE {{ shared.in_ssd_person(schema, 'a.PERSON_ID') }}
{% endcall %}

