{#- ssd_care_leavers from eclipse: the latest care-leaver record (CLACARELEAVERDETAILSVIEW) of each
    child in ssd_person (one row per child even when two records share a contact date).
    Pathway plan review = the latest care-leaver pathway plan form; personal adviser, worker and
    team = the allocations on the contact date. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH leavers AS (
    SELECT lx.event_key, lx.person_id, lx.event_date, lx.eligibility, lx.in_touch, lx.accommodation,
        lx.suitable, lx.activity
    FROM (
        SELECT cl.CARELEAVERID AS event_key, cl.PERSONID AS person_id, cl.CONTACTDATE AS event_date,
            cl.ELIGIBILITY AS eligibility, cl.INTOUCHCODE AS in_touch, cl.ACCOMODATIONCODE AS accommodation,
            cl.ACCOMSUITABLE AS suitable, cl.MAINACTIVITYCODE AS activity,
            ROW_NUMBER() OVER (PARTITION BY cl.PERSONID ORDER BY
                CASE WHEN cl.CONTACTDATE IS NULL THEN 1 ELSE 0 END, cl.CONTACTDATE DESC, cl.CARELEAVERID DESC) AS pick
        FROM {{ src("CLACARELEAVERDETAILSVIEW") }} cl
        WHERE {{ shared.in_ssd_person(schema, "cl.PERSONID") }}
    ) lx
    WHERE lx.pick = 1
),
pathway_forms AS (
    {{ lib.form_answers("pathway_plan", {"plan_date": ("dateOfPathwayPlan", "date")}) | indent(4) }}
),
pathway AS (
    SELECT pf.person_id, MAX(pf.plan_date) AS plan_date
    FROM pathway_forms pf
    GROUP BY pf.person_id
),
{{ lib.worker_on_date("workers", "leavers") }},
{{ lib.team_on_date("teams", "leavers") }}
{{ insert_into(schema, table) }}
SELECT
    {{ lib.id_text("l.event_key") }},
    {{ lib.id_text("l.person_id") }},
    LEFT(l.eligibility, 100),
    LEFT(l.in_touch, 100),
    l.event_date,
    LEFT({{ lib.care_leaver_accommodation_code("l.accommodation") }}, 100),
    CASE WHEN {{ code_eq('l.suitable', 'Accommodation considered suitable') }} THEN '1'
        WHEN {{ code_eq('l.suitable', 'Accommodation considered unsuitable') }} THEN '2' ELSE LEFT(l.suitable, 100) END,
    LEFT({{ lib.care_leaver_activity_code("l.activity") }}, 100),
    pw.plan_date,
    w.worker_id,
    t.team_id,
    w.worker_id
FROM leavers l
LEFT JOIN pathway pw ON pw.person_id = l.person_id
LEFT JOIN workers w ON w.event_key = l.event_key
LEFT JOIN teams t ON t.event_key = l.event_key
{% endcall %}
