{#- ssd_sdq_scores from eclipse: completed "Child in Care: SDQ scores" forms, one row per form
    instance and child, completed inside the history window. A score that is not a whole number
    becomes NULL instead of failing the load. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set reasons = {
    "No form returned as child was aged under 4 or over 17 at date of latest assessment": "SDQ1",
    "Carer(s) refused to complete and return questionnaire": "SDQ2",
    "Not possible to complete the questionnaire due to severity of the child’s disability": "SDQ3",
    "Not possible to complete the questionnaire due to severity of the child's disability": "SDQ3",
    "Other": "SDQ4",
    "Child or young person refuses to allow an SDQ to be completed": "SDQ5"} %}
{% set unread = ["csdq_sdq_score"] %}
{% call refresh(schema, table, unreadable=unread) %}
WITH sdq AS (
    {{ lib.form_answers("sdq", {
        "sdq_date": ("903Return_dateOfLatestSDQRecord", "date"),
        "score": ("youngPersonsStrengthsAndDifficultiesQuestionnaireScore", "text"),
        "reason": ("903Return_reasonForNotSubmittingStrengthsAndDifficultiesQuestionnaireInPeriod", "text")}) }}
)
{{ insert_into(schema, table, unreadable=unread) }}
SELECT
    CONCAT(s.person_id, '-', s.instance_id),
    {{ lib.id_text("s.person_id") }},
    COALESCE(s.sdq_date, s.completed_date),
    {{ try_cast_int("s.score") }},
    {{ lib.map_text("s.reason", reasons) }},
    {{ unreadable("s.score", try_cast_int("s.score")) }}
FROM sdq s
WHERE COALESCE(s.sdq_date, s.completed_date) >= {{ history_start() }}
    AND {{ shared.in_ssd_person(schema, "s.person_id") }}
{% endcall %}
