{#- ssd_professionals from eclipse: one row per professional (the table's key), for those
    who have a relationship with a child in ssd_person inside the
    history window; name from the latest relationship, registration number from the Social Work
    England reference, caseload = children allocated to them today. Job title, department, FTE and
    agency flag are not in the Eclipse views read here and stay NULL. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH relationships AS (
    SELECT rp.PROFESSIONALRELATIONSHIPPERSONID AS professional_id, rp.PROFESSIONALRELATIONSHIPNAME AS professional_name,
        ROW_NUMBER() OVER (PARTITION BY rp.PROFESSIONALRELATIONSHIPPERSONID
            ORDER BY rp.STARTDATE DESC, rp.PERSONRELATIONSHIPRECORDID DESC) AS pick
    FROM {{ src("RELATIONSHIPPROFESSIONALVIEW") }} rp
    WHERE rp.PROFESSIONALRELATIONSHIPPERSONID IS NOT NULL
        AND {{ shared.open_in_window("rp.CLOSEDATE") }}
        AND {{ shared.in_ssd_person(schema, "rp.PERSONID") }}
),
registrations AS (
    SELECT rx.person_id, rx.registration_no
    FROM (
        SELECT r.PERSONID AS person_id, r.REFERENCENUMBER AS registration_no,
            ROW_NUMBER() OVER (PARTITION BY r.PERSONID ORDER BY
                CASE WHEN r.ENDDATE IS NULL THEN 0 ELSE 1 END, r.ENDDATE DESC,
                CASE WHEN r.STARTDATE IS NULL THEN 1 ELSE 0 END, r.STARTDATE DESC, r.REFERENCENUMBER) AS pick
        FROM {{ src("REFERENCENUMBERPERSONVIEW") }} r
        WHERE {{ code_eq("r.REFERENCETYPE", param("swe_reference_type", "Social Work England number")) }}
    ) rx
    WHERE rx.pick = 1
),
caseloads AS (
    SELECT cw.PROFESSIONALRELATIONSHIPPERSONID AS professional_id, COUNT(DISTINCT cw.PERSONID) AS caseload
    FROM {{ src("RELATIONSHIPPROFESSIONALVIEW") }} cw
    WHERE {{ code_eq("cw.ALLOCATEDWORKERCODE", param("allocated_worker_code", "AW")) }}
        AND cw.STARTDATE <= {{ today() }} AND (cw.CLOSEDATE IS NULL OR cw.CLOSEDATE >= {{ today() }})
    GROUP BY cw.PROFESSIONALRELATIONSHIPPERSONID
)
{{ insert_into(schema, table) }}
SELECT
    {{ lib.id_text("p.professional_id") }},
    {{ lib.id_text("p.professional_id") }},
    LEFT(p.professional_name, 300),
    LEFT(g.registration_no, 48),
    NULL,
    NULL,
    COALESCE(c.caseload, 0),
    NULL,
    NULL
FROM relationships p
LEFT JOIN registrations g ON g.person_id = p.professional_id
LEFT JOIN caseloads c ON c.professional_id = p.professional_id
WHERE p.pick = 1
{% endcall %}
