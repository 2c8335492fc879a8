{#- ssd_cp_reviews from eclipse: completed "Record of meeting(s) and plan" forms of the review-conference
    kind (cp_review_form_subname) about children in ssd_person, held inside the history window; the form
    instance is the review key and the meeting id (never NULL, unlike a key taken from the optional
    quality-assurance form). Plan = the child's ssd_cp_plans plan covering the review date (open plans
    run to today); due = the next-review date on the child's previous review of that plan; the plan
    continues when the next step is one of cp_review_continue_steps; participation from the IRO quality-
    assurance form (conference kind) of the same child and date, mapped by participation_map. The forms
    hold no quorate answer, so cppr_cp_review_quorate stays NULL. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set participation = param("participation_map", {}) %}
{{ shared.check_param("participation_map", participation, "mapping") }}
{% set continues = param("cp_review_continue_steps", ["Set next review"]) %}
{{ shared.check_param("cp_review_continue_steps", continues, "not_empty") }}
{% call refresh(schema, table) %}
{#- The review conference forms (form_no 1) and the quality-assurance forms (2) in one pass over the form answers. #}
WITH answers AS (
    {{ lib.forms_answers([
        {"form": "cp_meeting", "controls": {"review_date": ("903Return_dateOfMeetingConference", "date"),
            "next_step": ("ChildProtectionNextStep", "text"), "next_date": ("dateofnextplanmeetingreview_35", "date")},
         "subnames": [param("cp_review_form_subname", "Child Protection - Review Conference")]},
        {"form": "iro_quality", "controls": {"meeting_date": ("dateOfMeeting", "date"),
            "answer": ("howwasthechildabletocontributetheirviewstotheconference_4", "short")},
         "subnames": [param("cp_review_qa_subname", "Child protection conference")]}]) | indent(4) }}
),
reviews AS (
    SELECT fa.instance_id, fa.person_id, fa.review_date, fa.next_step, fa.next_date FROM answers fa WHERE fa.form_no = 1
),
keyed AS (
    SELECT {{ lib.instance_key("r") }} AS review_key, r.person_id, r.review_date, r.next_date, r.next_step, r.instance_id
    FROM reviews r
    WHERE r.review_date IS NOT NULL AND {{ shared.in_ssd_person(schema, "r.person_id") }}
),
{# Each review once with the CP plan covering it, the latest started first. #}
plans AS (
    {{ lib.with_cover("k.review_key, k.person_id, k.review_date, k.next_date, k.next_step, k.instance_id",
        "k.review_date", (qualify(schema, "ssd_cp_plans"), "cppl_cp_plan_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", "c.cppl_person_id = " ~ lib.id_text("k.person_id")), "plan_id") | indent(4) }}
),
ordered AS (
    SELECT p.review_key, p.person_id, p.review_date, p.next_step, p.instance_id, p.plan_id,
        LAG(p.next_date) OVER (PARTITION BY p.person_id, p.plan_id ORDER BY p.review_date, p.instance_id) AS due_date
    FROM plans p
    WHERE p.pick = 1
),
views AS (
    SELECT fa.instance_id, fa.person_id, fa.meeting_date, fa.answer FROM answers fa WHERE fa.form_no = 2
),
participation AS (
    SELECT vx.review_key, vx.answer
    FROM (
        SELECT o.review_key, v.answer,
            ROW_NUMBER() OVER (PARTITION BY o.review_key ORDER BY v.instance_id DESC) AS pick
        FROM ordered o
        JOIN views v ON v.person_id = o.person_id AND v.meeting_date = o.review_date AND v.answer IS NOT NULL
    ) vx
    WHERE vx.pick = 1
)
{{ insert_into(schema, table) }}
SELECT
    o.review_key,
    {{ lib.id_text("o.person_id") }},
    o.plan_id,
    o.due_date,
    o.review_date,
    {{ lib.id_text("o.instance_id") }},
    CASE WHEN {{ code_in('o.next_step', continues) }} THEN 'Y' ELSE 'N' END,
    NULL,
    LEFT({{ value_map("pa.answer", participation) }}, 100)
FROM ordered o
LEFT JOIN participation pa ON pa.review_key = o.review_key
WHERE o.review_date >= {{ history_start() }}
{% endcall %}
