{#- ssd_linked_identifiers from Liquid Logic: the current and former UPN of each child in ssd_person, from
    DIM_PERSON, with deterministic ids (person id + type), so a nightly refresh replaces the rows
    instead of appending duplicates, and with the real 13-character values the payload's former UPN
    needs. A former UPN equal to the current one is skipped. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH identifiers AS (
    SELECT p.DIM_PERSON_ID, 'UPN' AS suffix, 'Unique Pupil Number' AS kind, {{ lib.clean("p.UPN", 100) }} AS value
    FROM {{ src('DIM_PERSON') }} p
    WHERE {{ shared.in_ssd_person(schema, "p.DIM_PERSON_ID") }}
    UNION ALL
    SELECT fp.DIM_PERSON_ID, 'FUPN', 'Former Unique Pupil Number', {{ lib.clean("fp.FORMER_UPN", 100) }}
    FROM {{ src('DIM_PERSON') }} fp
    WHERE {{ shared.in_ssd_person(schema, "fp.DIM_PERSON_ID") }}
        AND COALESCE(LTRIM(RTRIM(fp.FORMER_UPN)), '') <> COALESCE(LTRIM(RTRIM(fp.UPN)), '')
)
{{ insert_into(schema, table) }}
SELECT
    CONCAT({{ to_text("li.DIM_PERSON_ID") }}, '.', li.suffix),
    {{ to_text("li.DIM_PERSON_ID") }},
    li.kind,
    li.value,
    NULL,
    NULL
FROM identifiers li
WHERE li.value IS NOT NULL
{% endcall %}
