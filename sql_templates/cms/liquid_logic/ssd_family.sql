{#- ssd_family from Liquid Logic: the family of residence recorded on the FACT_CONTACTS of children in
    ssd_person (no history window). One row per person and family, keyed on both, rather than one per
    contact keyed on the contact's external id (which may be blank or repeated). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH families AS (
    SELECT DISTINCT fc.DIM_PERSON_ID, fc.DIM_LOOKUP_FAMILYOFRESIDENCE_ID AS family_id
    FROM {{ src('FACT_CONTACTS') }} fc
    WHERE fc.DIM_PERSON_ID <> -1
        AND fc.DIM_LOOKUP_FAMILYOFRESIDENCE_ID IS NOT NULL AND fc.DIM_LOOKUP_FAMILYOFRESIDENCE_ID <> -1
)
{{ insert_into(schema, table) }}
SELECT
    CONCAT({{ to_text("f.DIM_PERSON_ID", 23) }}, '.', {{ to_text("f.family_id", 24) }}),
    {{ to_text("f.family_id") }},
    {{ to_text("f.DIM_PERSON_ID") }}
FROM families f
WHERE {{ shared.in_ssd_person(schema, "f.DIM_PERSON_ID") }}
{% endcall %}
