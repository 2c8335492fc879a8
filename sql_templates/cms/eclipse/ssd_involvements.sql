{#- ssd_involvements from eclipse: professional relationships (RELATIONSHIPPROFESSIONALVIEW) of
    children in ssd_person, open or ended inside the history window. An allocated-worker
    relationship (ALLOCATEDWORKERCODE 'AW') is the child's social worker, role 'CW' as the payload
    expects; others keep their RELATIONSHIPCLASSCODE. Team and referral are the ones on the
    involvement's start date, one each (the D2I joins could duplicate a relationship). -#}
{% import "cms/eclipse/_lib.sql.j2" as ecl with context %}
{% call refresh(schema, table) %}
{{ prefer_hash_joins() }}
WITH involvements AS (
    SELECT rp.PERSONRELATIONSHIPRECORDID AS event_key, rp.PERSONID AS person_id, rp.STARTDATE AS event_date,
        rp.PROFESSIONALRELATIONSHIPPERSONID AS professional_id, rp.CLOSEDATE AS end_date,
        rp.STARTREASONCODE AS reason_code,
        CASE WHEN rp.ALLOCATEDWORKERCODE = {{ string_literal(param("allocated_worker_code", "AW")) }}
            THEN {{ string_literal(param("care_worker_role_code", "CW")) }} ELSE rp.RELATIONSHIPCLASSCODE END AS role_code
    FROM {{ src("RELATIONSHIPPROFESSIONALVIEW") }} rp
    {{ ecl.in_ssd_person(schema, "rp.PERSONID") }}
    WHERE rp.CLOSEDATE IS NULL OR rp.CLOSEDATE >= {{ ecl.window_start() }}
),
{{ ecl.team_on_date("teams", "involvements") }},
{{ ecl.referral_on_date("referrals", "involvements", schema) }}
{{ insert_into(schema, table) }}
SELECT
    {{ ecl.id_text("i.event_key") }},
    {{ ecl.id_text("i.professional_id") }},
    LEFT(i.role_code, 200),
    t.team_id,
    {{ ecl.id_text("i.person_id") }},
    i.event_date,
    i.end_date,
    LEFT(i.reason_code, 200),
    r.referral_id
FROM involvements i
LEFT JOIN teams t ON t.event_key = i.event_key
LEFT JOIN referrals r ON r.event_key = i.event_key
{% endcall %}
