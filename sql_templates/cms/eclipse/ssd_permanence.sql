{#- ssd_permanence from eclipse: adoption records (CLAADOPTIONSVIEW) of children in ssd_person. The
    decision date is DATESHOULDBEPLACED (the date of the decision that the child should be placed for
    adoption); cla id = the period of care admitted on or before it; placed-for-adoption = start of the
    first adoption placement (A3-A6) in that period from the decision on; order date and type from how
    the period ended (E11/E12 adoption, E43-E48 special guardianship, E41 child arrangements).
    Matched date, sibling, foster-to-adopt, provider and worker items are not in these views: NULL. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set adoption_types = ["APP_ADOPT", "CONS_ADOPT_NOTFP", "ORD_ADOPT_FP", "ORD_ADOPT_NOTFP", "A3", "A4", "A5", "A6"] %}
{% call refresh(schema, table) %}
WITH adoptions AS (
    SELECT ad.ADOPTIONID AS event_key, ad.PERSONID AS person_id, ad.DATESHOULDBEPLACED AS event_date,
        ad.GENDEROFADOPTERSCODE AS adopter_sex, ad.ADOPTERSLEGALSTATUSCODE AS adopter_status,
        ad.REASONNOLONGERPLANNEDCODE AS reversed_reason
    FROM {{ src("CLAADOPTIONSVIEW") }} ad
    WHERE {{ shared.in_ssd_person(schema, "ad.PERSONID") }}
),
periods AS (
    SELECT px.event_key, px.period_id, px.discharge_date
    FROM (
        SELECT a.event_key, pc.PERIODOFCAREID AS period_id, pc.DISCHARGEDATE AS discharge_date,
            ROW_NUMBER() OVER (PARTITION BY a.event_key ORDER BY pc.ADMISSIONDATE DESC, pc.PERIODOFCAREID DESC) AS pick
        FROM adoptions a
        JOIN {{ src("CLAPERIODOFCAREVIEW") }} pc ON pc.PERSONID = a.person_id AND pc.ADMISSIONDATE <= a.event_date
    ) px
    WHERE px.pick = 1
),
placed AS (
    SELECT a.event_key, MIN(e.EOCSTARTDATE) AS placed_date
    FROM adoptions a
    JOIN periods p ON p.event_key = a.event_key
    JOIN {{ src("CLAEPISODEOFCAREVIEW") }} e ON e.PERSONID = a.person_id AND e.PERIODOFCAREID = p.period_id
        AND e.EOCSTARTDATE >= a.event_date AND {{ code_in('e.PLACEMENTTYPECODE', adoption_types) }}
    GROUP BY a.event_key
),
endings AS (
    SELECT ex.event_key, ex.end_reason
    FROM (
        SELECT p.event_key, e.EOCENDREASONCODE AS end_reason,
            ROW_NUMBER() OVER (PARTITION BY p.event_key ORDER BY e.EOCSTARTDATE DESC, e.EPISODEOFCAREID DESC) AS pick
        FROM periods p
        JOIN adoptions a ON a.event_key = p.event_key
        JOIN {{ src("CLAEPISODEOFCAREVIEW") }} e ON e.PERSONID = a.person_id AND e.PERIODOFCAREID = p.period_id
        WHERE p.discharge_date IS NOT NULL
    ) ex
    WHERE ex.pick = 1
)
{{ insert_into(schema, table) }}
SELECT
    {{ lib.id_text("a.event_key") }},
    {{ lib.id_text("a.person_id") }},
    {{ lib.id_text("p.period_id") }},
    a.event_date,
    NULL, NULL, NULL, NULL, NULL, NULL,
    LEFT(a.adopter_sex, 48),
    LEFT(a.adopter_status, 100),
    NULL,
    pl.placed_date,
    NULL, NULL, NULL, NULL, NULL,
    LEFT(a.reversed_reason, 100),
    CASE WHEN {{ code_in('en.end_reason', ['E11', 'E12', 'E41', 'E43', 'E44', 'E45', 'E46', 'E47', 'E48']) }} THEN p.discharge_date END,
    CASE WHEN {{ code_in('en.end_reason', ['E11', 'E12']) }} THEN 'Adoption'
        WHEN {{ code_in('en.end_reason', ['E43', 'E44', 'E45', 'E46', 'E47', 'E48']) }} THEN 'Special Guardianship Order'
        WHEN {{ code_eq('en.end_reason', 'E41') }} THEN 'Child Arrangements/ Residence Order' END,
    NULL
FROM adoptions a
LEFT JOIN periods p ON p.event_key = a.event_key
LEFT JOIN placed pl ON pl.event_key = a.event_key
LEFT JOIN endings en ON en.event_key = a.event_key
{% endcall %}
