{#- ssd_cla_convictions from Mosaic: dm_offences marked IS_CONVICTED dated in the history window, for children
    in ssd_person. The data mart's offence screen holds no offence description, so the offence stays NULL. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    CAST(o.OFFENCE_ID AS VARCHAR(48)),
    CAST(o.PERSON_ID AS VARCHAR(48)),
    CAST(o.OFFENCE_DATE AS DATE),
    NULL  -- clac_cla_conviction_offence: not in dm_offences
FROM {{ src('dm_offences') }} o
WHERE {{ code_eq('o.IS_CONVICTED', 'Y') }}
  AND o.OFFENCE_DATE >= {{ history_start() }} AND o.OFFENCE_DATE <= {{ today() }}
  AND {{ shared.in_ssd_person(schema, 'o.PERSON_ID') }}
{% endcall %}
