{#- ssd_legal_status from Mosaic: dm_LEGAL_STATUSES (the looked-after legal statuses; non-LA statuses such as
    SGOs are in ssd_permanence) overlapping the history window, for children in ssd_person; the status is
    Mosaic's code (the SSDA903 code, e.g. C2). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    CAST(ls.LEGAL_STATUS_ID AS VARCHAR(48)),
    CAST(ls.PERSON_ID AS VARCHAR(48)),
    LEFT(ls.LEGAL_STATUS, 100),
    ls.START_DATE,
    ls.END_DATE
FROM {{ src('dm_LEGAL_STATUSES') }} ls
WHERE {{ shared.overlaps_window('ls.START_DATE', 'ls.END_DATE') }}
  AND {{ shared.in_ssd_person(schema, 'ls.PERSON_ID') }}
{% endcall %}
