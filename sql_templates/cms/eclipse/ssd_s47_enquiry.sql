{#- ssd_s47_enquiry from eclipse: Section 47 Assessment forms, one row per form and child, in progress
    or completed inside the history window (end = completion). The outcome JSON uses the key
    CP_CONFERENCE_FLAG, the one the payload reads for "ICPC required". Referral, team and worker are
    the ones on the start date. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set flags = {
    "NFA_FLAG": ["No further action"],
    "LEGAL_ACTION_FLAG": [],
    "PROV_OF_SERVICES_FLAG": [],
    "PROV_OF_SB_CARE_FLAG": [],
    "CP_CONFERENCE_FLAG": ["Convene initial child protection conference"],
    "NFA_CONTINUE_SINGLE_FLAG": ["Continue discussion and plan", "Continue assessment / plan", "Continue assessment and plan"],
    "MONITOR_FLAG": [],
    "OTHER_OUTCOMES_EXIST_FLAG": ["Further strategy meeting"]} %}
{% call refresh(schema, table) %}
WITH s47_forms AS (
    {{ lib.form_answers("s47", {
        "start_date": ("AnnexAReturn_dateOfStratMeeting", "date"),
        "next_unsubstantiated": ("CINCensus_unsubWhatNeedsToHappenNext", "text"),
        "next_step": ("CINCensus_whatNeedsToHappenNext", "text"),
        "comments": ("CINCensus_outcomeOfSection47Enquiry", "text")}, complete_only=false) | indent(4) }}
),
enquiries AS (
    SELECT CONCAT(s.person_id, '-', s.instance_id) AS event_key, s.person_id,
        COALESCE(s.start_date, s.started_date) AS event_date, s.completed_date,
        COALESCE(s.next_unsubstantiated, s.next_step) AS outcome, s.comments
    FROM s47_forms s
    WHERE COALESCE(s.start_date, s.started_date) IS NOT NULL
        AND {{ shared.open_in_window("s.completed_date") }}
        AND {{ shared.in_ssd_person(schema, "s.person_id") }}
),
{{ shared.referral_on_date("referrals", "enquiries", ["event_key"], lib.referrals, "latest_started_by",
                            person=lib.id_text("ev.person_id")) }},
{{ lib.team_on_date("teams", "enquiries") }},
{{ lib.worker_on_date("workers", "enquiries") }}
{{ insert_into(schema, table) }}
SELECT
    e.event_key,
    r.referral_id,
    {{ lib.id_text("e.person_id") }},
    e.event_date,
    e.completed_date,
    CASE WHEN e.completed_date IS NULL THEN NULL ELSE {{ lib.yn("e.outcome", flags["NFA_FLAG"]) }} END,
    CASE WHEN e.completed_date IS NULL THEN NULL ELSE CONCAT('{'
{% for key, texts in flags.items() %}
        , '{{ ", " if not loop.first }}"{{ key }}": "', {% if texts %}{{ lib.yn("e.outcome", texts) }}{% else %}'N'{% endif %}, '"'
{% endfor %}
        , ', "TOTAL_NO_OF_OUTCOMES": null, "OUTCOME_COMMENTS": ', {{ shared.json_text("e.comments", 352) }}, '}') END,
    t.team_id,
    w.worker_id
FROM enquiries e
LEFT JOIN referrals r ON r.event_key = e.event_key
LEFT JOIN teams t ON t.event_key = e.event_key
LEFT JOIN workers w ON w.event_key = e.event_key
{% endcall %}
