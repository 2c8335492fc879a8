{#- ssd_cla_reviews from eclipse: completed "Child in Care: IRO decisions" forms (cla_review_form_guid) about
    children in ssd_person, reviews held inside the history window; one row per form (its instance is
    the key, so a review without a quality-assurance form still has one). CLA id = the period of care
    covering the review date; due date = the next-review date on the child's previous review in that
    period; participation = the IRO quality-assurance form (in-care review kind) of the same child and
    meeting date, mapped by cla_participation_map where the LA's answers are not PN codes. A held review
    is not cancelled ('N'): Eclipse keeps no cancelled-review record these forms show. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set participation = param("participation_map", {}) %}
{{ shared.check_param("participation_map", participation, "mapping") }}
{% call refresh(schema, table) %}
{#- The review forms (form_no 1) and the quality-assurance forms (2) in one pass over the form answers. #}
WITH answers AS (
    {{ lib.forms_answers([
        {"form": "cla_review", "controls": {"review_date": ("dateOfReview", "date"), "next_date": ("dateOfNextReview", "date")}},
        {"form": "iro_quality", "controls": {"meeting_date": ("dateOfMeeting", "date"),
            "answer": ("howWasTheChildAbleToContributeTheirViewsToTheReview", "short")},
         "subnames": [param("cla_review_qa_subname", "Child/young person in care review")]}]) | indent(4) }}
),
reviews AS (
    SELECT fa.instance_id, fa.person_id, fa.review_date, fa.next_date FROM answers fa WHERE fa.form_no = 1
),
keyed AS (
    SELECT {{ lib.instance_key("r") }} AS review_key, r.person_id, r.review_date, r.next_date, r.instance_id
    FROM reviews r
    WHERE r.review_date IS NOT NULL AND {{ shared.in_ssd_person(schema, "r.person_id") }}
),
{# Each review once with the period of care covering it, the latest admitted first. #}
periods AS (
    {{ lib.with_cover("k.review_key, k.person_id, k.review_date, k.next_date, k.instance_id", "k.review_date",
        (src("CLAPERIODOFCAREVIEW"), "PERIODOFCAREID", "ADMISSIONDATE", "DISCHARGEDATE", "c.PERSONID = k.person_id"), "period_id") | indent(4) }}
),
ordered AS (
    SELECT p.review_key, p.person_id, p.review_date, p.period_id,
        LAG(p.next_date) OVER (PARTITION BY p.person_id, p.period_id ORDER BY p.review_date, p.instance_id) AS due_date
    FROM periods p
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
    {{ lib.id_text("o.period_id") }},
    {{ lib.id_text("o.person_id") }},
    o.due_date,
    o.review_date,
    'N',
    LEFT({{ value_map("pa.answer", participation) }}, 100)
FROM ordered o
LEFT JOIN participation pa ON pa.review_key = o.review_key
WHERE o.review_date >= {{ history_start() }}
{% endcall %}
