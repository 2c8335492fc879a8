{#- ssd_cla_episodes from eclipse: CLA episodes of care of children in ssd_person, open or ceased inside
    the history window. Entered-care date from the period of care; referral = the child's referral on
    that date (ssd_cin_episodes id, so the keys match); last IRO contact = the latest IRO Review
    Record meeting within the period. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set needs = {
    "Abuse or neglect": "N1", "Child's disability": "N2", "Parental illness/disability": "N3",
    "Family in acute stress": "N4", "Family dysfunction": "N5", "Socially unacceptable behaviour": "N6",
    "Low income": "N7", "Absent parenting": "N8", "Cases other than child in need": "N9", "Not stated": "N0"} %}
{% call refresh(schema, table) %}
WITH {{ lib.cla_rows(schema) }},
episodes AS (
    SELECT cr.episode_id AS event_key, cr.person_id, cr.period_id, cr.placement_id, cr.start_date, cr.end_date,
        cr.start_reason, cr.end_reason, cr.need_text, COALESCE(pc.ADMISSIONDATE, cr.start_date) AS event_date,
        pc.ADMISSIONDATE AS admission_date, pc.DISCHARGEDATE AS discharge_date
    FROM cla_rows cr
    LEFT JOIN {{ src("CLAPERIODOFCAREVIEW") }} pc ON pc.PERIODOFCAREID = cr.period_id AND pc.PERSONID = cr.person_id
    WHERE {{ shared.open_in_window("cr.end_date") }}
),
iro_meetings AS (
    {{ lib.form_answers("iro_review", {"meeting_date": ("dateOfMeeting", "date")}) | indent(4) }}
),
last_iro AS (
    SELECT ep.event_key, MAX(im.meeting_date) AS meeting_date
    FROM episodes ep
    JOIN iro_meetings im ON im.person_id = ep.person_id AND im.meeting_date >= ep.event_date
        AND im.meeting_date <= COALESCE(ep.discharge_date, {{ today() }})
    GROUP BY ep.event_key
),
{{ shared.referral_on_date("referrals", "episodes", ["event_key"], lib.referrals, "latest_started_by",
                            person=lib.id_text("ev.person_id")) }}
{{ insert_into(schema, table) }}
SELECT
    {{ lib.id_text("ep.event_key") }},
    {{ lib.id_text("ep.person_id") }},
    {{ lib.id_text("ep.placement_id") }},
    ep.start_date,
    LEFT({{ lib.start_reason_code("ep.start_reason") }}, 100),
    CASE WHEN {{ code_in("ep.need_text", needs.values() | list) }} THEN UPPER(LTRIM(RTRIM(ep.need_text)))
        ELSE {{ lib.map_text("ep.need_text", needs) }} END,
    ep.end_date,
    LEFT({{ lib.episode_end_reason_code("ep.end_reason") }}, 255),
    {{ lib.id_text("ep.period_id") }},
    r.referral_id,
    li.meeting_date,
    ep.admission_date
FROM episodes ep
LEFT JOIN last_iro li ON li.event_key = ep.event_key
LEFT JOIN referrals r ON r.event_key = ep.event_key
{% endcall %}
