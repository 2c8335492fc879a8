{#- ssd_cin_assessments from eclipse: Child: Assessment forms (sub-names Single assessment and
    Reassessment) and Family Help: Discussion forms, started or completed inside the history window,
    including those still in progress (no authorised date yet). Referral, team and worker are the
    ones on the start date. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set outcomes = {
    "OUTCOME_NFA_FLAG": ["Case Closure", "Step down to Universal Services/Signposting",
        "Advice, Guidance and signposting", "Transfer to Early Support Plan"],
    "OUTCOME_NFA_S47_END_FLAG": [],
    "OUTCOME_STRATEGY_DISCUSSION_FLAG": ["Progress to Child Protection", "Recommend/Progress to Strategy discussion"],
    "OUTCOME_CLA_REQUEST_FLAG": ["Recommend Child looked after planning", "Privately fostered child",
        "Recommend Children and Young People in Care planning"],
    "OUTCOME_PRIVATE_FOSTERING_FLAG": ["Privately fostered child not deemed to be child in need"],
    "OUTCOME_LEGAL_ACTION_FLAG": [],
    "OUTCOME_PROV_OF_SERVICES_FLAG": ["Recommend Child in Need planning", "Continue with existing plan",
        "Recommend Disabled Children and Young People", "Recommend Family Help SEND Service",
        "Recommend/Progress to Family Help Discussion"],
    "OUTCOME_PROV_OF_SB_CARE_FLAG": ["Short Break (Child in need)"],
    "OUTCOME_SPECIALIST_ASSESSMENT_FLAG": [],
    "OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG": [],
    "OUTCOME_OTHER_ACTIONS_FLAG": [],
    "OTHER_OUTCOMES_EXIST_FLAG": ["Refer to Early Intervention", "Transfer (CIN / CP / CLA)"]} %}
{% call refresh(schema, table) %}
{#- The assessment forms (form_no 1) and the discussion forms (2) in one pass over the form answers. #}
WITH answers AS (
    {{ lib.forms_answers([
        {"form": "assessment", "controls": {
            "start_date": ("CINCensus_startDateOfForm", "date"),
            "seen": ("SeenAlone", "text"),
            "outcome": ("WorkerOutcome", "text")},
         "subnames": param("assessment_form_subnames", ["Single assessment", "Reassessment"]), "complete_only": false},
        {"form": "family_help_discussion", "controls": {
            "start_date": ("dateOfDocument", "date"),
            "seen": ("wasTheChildSeen", "text"),
            "outcome": ("outcomes2", "text")}, "complete_only": false}]) | indent(4) }}
),
assessments AS (
    SELECT CONCAT(fa.person_id, '-', fa.instance_id) AS event_key, fa.person_id, fa.start_date AS event_date,
        fa.completed_date, fa.outcome,
        CASE WHEN fa.form_no = 1 THEN CASE WHEN {{ code_in('fa.seen', ['Child seen alone', 'Child seen with others']) }} THEN 'Y' ELSE 'N' END
            WHEN {{ code_in('LEFT(LTRIM(fa.seen), 1)', ['Y', 'N']) }} THEN UPPER(LEFT(LTRIM(fa.seen), 1)) END AS child_seen
    FROM answers fa
),
in_scope AS (
    SELECT a.event_key, a.person_id, a.event_date, a.completed_date, a.outcome, a.child_seen
    FROM assessments a
    WHERE a.event_date IS NOT NULL
        AND {{ shared.open_in_window("a.completed_date") }}
        AND {{ shared.in_ssd_person(schema, "a.person_id") }}
),
{{ shared.referral_on_date("referrals", "in_scope", ["event_key"], lib.referrals, "latest_started_by",
                            person=lib.id_text("ev.person_id")) }},
{{ lib.team_on_date("teams", "in_scope") }},
{{ lib.worker_on_date("workers", "in_scope") }}
{{ insert_into(schema, table) }}
SELECT
    a.event_key,
    {{ lib.id_text("a.person_id") }},
    r.referral_id,
    a.event_date,
    a.child_seen,
    a.completed_date,
    CONCAT('{'
{% for key, texts in outcomes.items() %}
        , '{{ ", " if not loop.first }}"{{ key }}": "', {% if texts %}{{ lib.yn("a.outcome", texts) }}{% else %}'N'{% endif %}, '"'
{% endfor %}
        , ', "TOTAL_NO_OF_OUTCOMES": ""}'),
    CASE WHEN a.completed_date IS NULL THEN NULL ELSE {{ lib.yn("a.outcome", outcomes["OUTCOME_NFA_FLAG"]) }} END,
    t.team_id,
    w.worker_id
FROM in_scope a
LEFT JOIN referrals r ON r.event_key = a.event_key
LEFT JOIN teams t ON t.event_key = a.event_key
LEFT JOIN workers w ON w.event_key = a.event_key
{% endcall %}
