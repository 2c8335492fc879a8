{#- ssd_involvements from eclipse: professional relationships (RELATIONSHIPPROFESSIONALVIEW) of
    children in ssd_person, open or ended inside the history window. An allocated-worker
    relationship (ALLOCATEDWORKERCODE 'AW') is the child's social worker, role 'CW' as the payload
    expects; others keep their RELATIONSHIPCLASSCODE. Team and referral are the ones on the
    involvement's start date, one each, so a relationship is never duplicated. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH involvements AS (
    SELECT rp.PERSONRELATIONSHIPRECORDID AS event_key, rp.PERSONID AS person_id, rp.STARTDATE AS event_date,
        rp.PROFESSIONALRELATIONSHIPPERSONID AS professional_id, rp.CLOSEDATE AS end_date,
        rp.STARTREASONCODE AS reason_code,
        CASE WHEN {{ code_eq("rp.ALLOCATEDWORKERCODE", param("allocated_worker_code", "AW")) }}
            THEN {{ string_literal(param("care_worker_role_code", "CW")) }} ELSE rp.RELATIONSHIPCLASSCODE END AS role_code
    FROM {{ src("RELATIONSHIPPROFESSIONALVIEW") }} rp
    WHERE {{ shared.open_in_window("rp.CLOSEDATE") }}
        AND {{ shared.in_ssd_person(schema, "rp.PERSONID") }}
),
{{ lib.team_on_date("teams", "involvements") }},
{{ shared.referral_on_date("referrals", "involvements", ["event_key"], lib.referrals, "latest_started_by",
                            person=lib.id_text("ev.person_id")) }}
{{ insert_into(schema, table) }}
SELECT
    {{ lib.id_text("i.event_key") }},
    {{ lib.id_text("i.professional_id") }},
    LEFT(i.role_code, 200),
    t.team_id,
    {{ lib.id_text("i.person_id") }},
    i.event_date,
    i.end_date,
    LEFT(i.reason_code, 200),
    r.referral_id
FROM involvements i
LEFT JOIN teams t ON t.event_key = i.event_key
LEFT JOIN referrals r ON r.event_key = i.event_key
{% endcall %}
