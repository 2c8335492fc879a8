{#- ssd_mother from eclipse: person relationships of type Mother (mother_relationship), role A the
    mother and role B her child, for mothers who are children in ssd_person (her child need not be a
    client); the child's date of birth from the demographics view. One row per relationship record. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH pairs AS (
    SELECT r.PERSONRELATIONSHIPRECORDID AS record_id, r.ROLEAPERSONID AS mother_id, r.ROLEBPERSONID AS child_id,
        ROW_NUMBER() OVER (PARTITION BY r.PERSONRELATIONSHIPRECORDID ORDER BY r.ROLEBPERSONID) AS pick
    FROM {{ src("RELATIONSHIPPERSONVIEW") }} r
    WHERE {{ code_eq("r.RELATIONSHIP", param("mother_relationship", "Mother")) }}
        AND r.PERSONRELATIONSHIPRECORDID IS NOT NULL AND r.ROLEBPERSONID IS NOT NULL
        AND {{ shared.in_ssd_person(schema, "r.ROLEAPERSONID") }}
),
births AS (
    SELECT d.PERSONID AS person_id, MAX({{ try_cast_datetime("d.DATEOFBIRTH") }}) AS dob
    FROM {{ src("PERSONDEMOGRAPHICSVIEW") }} d
    WHERE d.PERSONID IN (SELECT p.child_id FROM pairs p)
    GROUP BY d.PERSONID
)
{{ insert_into(schema, table) }}
SELECT
    {{ lib.id_text("p.record_id") }},
    {{ lib.id_text("p.mother_id") }},
    {{ lib.id_text("p.child_id") }},
    b.dob
FROM pairs p
LEFT JOIN births b ON b.person_id = p.child_id
WHERE p.pick = 1
{% endcall %}
