{#- ssd_linked_identifiers from eclipse: former UPNs of children in ssd_person, i.e. ended UPN
    references (REFERENCENUMBERPERSONVIEW) that differ from the current UPN, as type 'Former Unique
    Pupil Number' (the payload's former_unique_pupil_number). -#}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH former AS (
    SELECT r.PERSONID AS person_id, LTRIM(RTRIM(r.REFERENCENUMBER)) AS upn, r.STARTDATE AS valid_from, r.ENDDATE AS valid_to,
        ROW_NUMBER() OVER (PARTITION BY r.PERSONID, LTRIM(RTRIM(r.REFERENCENUMBER)) ORDER BY r.ENDDATE DESC, r.STARTDATE DESC) AS pick
    FROM {{ src("REFERENCENUMBERPERSONVIEW") }} r
    WHERE {{ code_eq("r.REFERENCETYPECODE", param("upn_reference_type_code", "UPN")) }}
        AND r.ENDDATE IS NOT NULL AND r.REFERENCENUMBER IS NOT NULL
)
{{ insert_into(schema, table) }}
SELECT
    CONCAT('FUPN-', f.person_id, '-', LEFT(f.upn, 30)),
    sp.pers_person_id,
    'Former Unique Pupil Number',
    LEFT(f.upn, 100),
    f.valid_from,
    f.valid_to
FROM former f
JOIN {{ qualify(schema, "ssd_person") }} sp ON sp.pers_person_id = {{ lib.id_text("f.person_id") }}
WHERE f.pick = 1 AND (sp.pers_upn IS NULL OR sp.pers_upn <> f.upn)
{% endcall %}
