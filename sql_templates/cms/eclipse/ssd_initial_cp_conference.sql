{#- ssd_initial_cp_conference from eclipse: completed Record of meeting forms (sub-name Child
    Protection - Initial Conference) for initial and transfer-in conferences, inside the history
    window. The S47 is the child's latest enquiry in ssd_s47_enquiry that asked for a conference,
    started on or before the meeting; the CP plan the first CP classification starting within
    30 days from the meeting; the target date 15 working days after the latest strategy
    discussion (weekends and source.params.bank_holidays skipped; the LA extends the holiday list). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set initial = param("icpc_meeting_type", "Child Protection (Initial child protection conference)") %}
{% set transfer_in = param("icpc_transfer_in_meeting_type", "Child Protection (Transfer in conference)") %}
{% set holidays = param("bank_holidays", [
    "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28",
    "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28",
    "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19",
    "2022-12-26", "2022-12-27",
    "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25",
    "2023-12-26",
    "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26",
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"]) %}
{% call refresh(schema, table) %}
{#- The conference forms (form_no 1) and the strategy discussion forms (2) in one pass over the form answers. #}
WITH answers AS (
    {{ lib.forms_answers([
        {"form": "cp_meeting", "controls": {
            "meeting_type": ("AnnexAReturn_typeOfMeeting", "text"),
            "meeting_date": ("903Return_dateOfMeetingConference", "date"),
            "next_step": ("ChildProtectionNextStep", "text")},
         "subnames": [param("icpc_form_subname", "Child Protection - Initial Conference")]},
        {"form": "strategy_discussion", "controls": {"meeting_date": ("dateOfMeeting", "date")}}]) | indent(4) }}
),
meetings AS (
    SELECT fa.instance_id, fa.person_id, fa.completed_date, fa.meeting_type, fa.meeting_date, fa.next_step
    FROM answers fa
    WHERE fa.form_no = 1
),
conferences AS (
    SELECT CONCAT(m.person_id, '-', m.instance_id) AS event_key, m.instance_id, m.person_id,
        COALESCE(m.meeting_date, m.completed_date) AS event_date, m.meeting_type, m.next_step
    FROM meetings m
    WHERE {{ code_in('m.meeting_type', [initial, transfer_in]) }}
        AND {{ shared.in_ssd_person(schema, "m.person_id") }}
        AND COALESCE(m.meeting_date, m.completed_date) >= {{ history_start() }}
),
strategy AS (
    SELECT fa.person_id, fa.meeting_date FROM answers fa WHERE fa.form_no = 2
),
latest_strategy AS (
    SELECT c.event_key, MAX(sd.meeting_date) AS strategy_date
    FROM conferences c
    JOIN strategy sd ON sd.person_id = c.person_id AND sd.meeting_date <= c.event_date
    GROUP BY c.event_key
),
bank_holidays AS (
    SELECT CAST(bh.holiday AS DATE) AS holiday
    FROM (VALUES {% for day in holidays %}({{ string_literal(day) }}){{ ", " if not loop.last }}{% endfor %}) AS bh (holiday)
),
{#- 15 working days = 3 weeks from a weekday; from a Saturday or Sunday the count starts on Monday. #}
target_base AS (
    SELECT ls.event_key, ls.strategy_date,
        CASE {{ days_between("CAST('2000-01-03' AS DATE)", "ls.strategy_date") }} % 7
            WHEN 5 THEN {{ date_add_days("ls.strategy_date", 20) }}
            WHEN 6 THEN {{ date_add_days("ls.strategy_date", 19) }}
            ELSE {{ date_add_days("ls.strategy_date", 21) }} END AS three_weeks
    FROM latest_strategy ls
),
{# The bank holidays in each window counted by a join, not a subquery run once per conference. #}
targets AS (
    SELECT tb.event_key, tb.three_weeks, COUNT(h.holiday) AS holidays
    FROM target_base tb
    LEFT JOIN bank_holidays h ON h.holiday > tb.strategy_date AND h.holiday <= tb.three_weeks
    GROUP BY tb.event_key, tb.three_weeks
),
s47s AS (
    SELECT sx.event_key, sx.s47_id
    FROM (
        SELECT c.event_key, s.s47e_s47_enquiry_id AS s47_id,
            ROW_NUMBER() OVER (PARTITION BY c.event_key ORDER BY s.s47e_s47_start_date DESC, s.s47e_s47_enquiry_id DESC) AS pick
        FROM conferences c
        JOIN {{ qualify(schema, "ssd_s47_enquiry") }} s
            ON s.s47e_person_id = {{ lib.id_text("c.person_id") }} AND s.s47e_s47_start_date <= c.event_date
            AND s.s47e_s47_outcome_json LIKE '%"CP_CONFERENCE_FLAG": "Y"%'
    ) sx
    WHERE sx.pick = 1
),
plans AS (
    SELECT px.event_key, px.plan_id
    FROM (
        SELECT c.event_key, {{ lib.id_text("cp.CLASSIFICATIONASSIGNMENTID") }} AS plan_id,
            ROW_NUMBER() OVER (PARTITION BY c.event_key ORDER BY cp.STARTDATE, cp.CLASSIFICATIONASSIGNMENTID) AS pick
        FROM conferences c
        JOIN {{ src("CLASSIFICATIONPERSONVIEW") }} cp
            ON cp.PERSONID = c.person_id AND cp.STARTDATE >= c.event_date
            AND cp.STARTDATE <= {{ date_add_days("c.event_date", 30) }}
        WHERE {{ lib.classified("cp", "cp_plan_path_ids") }} AND {{ lib.not_deleted("cp") }}
    ) px
    WHERE px.pick = 1
),
{{ shared.referral_on_date("referrals", "conferences", ["event_key"], lib.referrals, "latest_started_by",
                            person=lib.id_text("ev.person_id")) }},
{{ lib.team_on_date("teams", "conferences") }},
{{ lib.worker_on_date("workers", "conferences") }}
{{ insert_into(schema, table) }}
SELECT
    c.event_key,
    {{ lib.id_text("c.instance_id") }},
    s.s47_id,
    {{ lib.id_text("c.person_id") }},
    p.plan_id,
    r.referral_id,
    CASE WHEN {{ code_eq('c.meeting_type', transfer_in) }} THEN 'Y' ELSE 'N' END,
    {{ date_add_days("tg.three_weeks", "tg.holidays") }},
    c.event_date,
    CASE WHEN {{ code_eq('c.next_step', 'Set next review') }} THEN 'Y' ELSE 'N' END,
    CONCAT('{"NFA_FLAG": "', CASE WHEN c.next_step IS NULL OR {{ code_eq('c.next_step', 'Case closure') }} THEN 'Y' ELSE 'N' END,
        '", "REFERRAL_TO_OTHER_AGENCY_FLAG": "N", "SINGLE_ASSESSMENT_FLAG": "N", "PROV_OF_SERVICES_FLAG": "N", "CP_FLAG": "',
        CASE WHEN {{ code_eq('c.next_step', 'Set next review') }} THEN 'Y' ELSE 'N' END,
        '", "OTHER_OUTCOMES_EXIST_FLAG": "', CASE WHEN {{ code_eq('c.next_step', 'CIN') }} THEN 'Y' ELSE 'N' END,
        '", "TOTAL_NO_OF_OUTCOMES": null, "COMMENTS": ""}'),
    t.team_id,
    w.worker_id
FROM conferences c
LEFT JOIN targets tg ON tg.event_key = c.event_key
LEFT JOIN s47s s ON s.event_key = c.event_key
LEFT JOIN plans p ON p.event_key = c.event_key
LEFT JOIN referrals r ON r.event_key = c.event_key
LEFT JOIN teams t ON t.event_key = c.event_key
LEFT JOIN workers w ON w.event_key = c.event_key
{% endcall %}
