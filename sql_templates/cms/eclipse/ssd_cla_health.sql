{#- ssd_cla_health from eclipse: completed SSDA903 return check forms of the health, dental and optician
    kinds (health_check_subnames: sub-name -> check type), plus the dates of the last health, dental and
    optician checks on completed health assessment forms; children in ssd_person, checks inside the history
    window. Status Refused when the form says the check did not take place, else Completed. Keys: the form
    instance, with the check kind appended for the assessment form's dates, so one form never repeats a key. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set kinds = param("health_check_subnames", {"Health check ": "Health Assessment", "Dental check ": "Dental Check",
                                               "Optician check ": "Optician Check"}) %}
{{ shared.check_param("health_check_subnames", kinds, "mapping") }}
{% set refused = param("health_check_refused_answers", ["No"]) %}
{{ shared.check_param("health_check_refused_answers", refused, "not_empty") }}
{% set assessed = {"H": ("dateLastHealthCheckCompleted", "Health Assessment"), "D": ("dateLastDentalCheckCompleted", "Dental Check"),
                   "O": ("dateLastOpticianCheckCompleted", "Optician Check")} %}
{% call refresh(schema, table) %}
{#- One pass over the form answers: the return check forms (form_no 1), a row per instance and sub-name, each
    kind reading its own rows; and the health assessment forms (2). #}
WITH answers AS (
    {{ lib.forms_answers([
        {"form": "return_903", "controls": {
            "check_date": ("903Return_dateOfCheck8", "date"), "other_date": ("903Return_dateOfCheck2", "date"),
            "reporting_date": ("903Return_reportingDate", "date"),
            "health_taken": ("903Return_HealthAssessmentTakenPlace", "text"), "dental_taken": ("903Return_DentalCheck", "text"),
            "optician_taken": ("hasAnOpticianCheckTakenPlace", "text")}, "subnames": kinds.keys() | list},
        {"form": "health_assessment", "controls": {"H": ("dateLastHealthCheckCompleted", "date"),
            "D": ("dateLastDentalCheckCompleted", "date"), "O": ("dateLastOpticianCheckCompleted", "date")}}],
        by_subname=true) | indent(4) }}
),
checks AS (
    SELECT fa.instance_id, fa.person_id, fa.subname, fa.check_date, fa.other_date, fa.reporting_date, fa.health_taken,
        fa.dental_taken, fa.optician_taken
    FROM answers fa
    WHERE fa.form_no = 1
),
assessments AS (
    SELECT fa.instance_id, fa.person_id, fa.H, fa.D, fa.O FROM answers fa WHERE fa.form_no = 2
),
all_checks AS (
{% for subname, check_type in kinds | dictsort %}
    SELECT {{ lib.instance_key("c") }} AS check_key, c.person_id, {{ string_literal(check_type) }} AS check_type,
        COALESCE(c.check_date, c.other_date, c.reporting_date) AS check_date,
        CASE WHEN {{ code_in('c.health_taken', refused) }} OR {{ code_in('c.dental_taken', refused) }}
            OR {{ code_in('c.optician_taken', refused) }} THEN 'Refused' ELSE 'Completed' END AS status
    FROM checks c
    WHERE {{ code_eq('c.subname', subname) }}
    UNION ALL
{% endfor %}
{% for suffix, (control, check_type) in assessed | dictsort %}
    SELECT CONCAT({{ lib.instance_key("a") }}, '-{{ suffix }}'), a.person_id, {{ string_literal(check_type) }}, a.{{ suffix }}, 'Completed'
    FROM assessments a
    WHERE a.{{ suffix }} IS NOT NULL
{{ "    UNION ALL" if not loop.last }}
{% endfor %}
)
{{ insert_into(schema, table) }}
SELECT
    ac.check_key,
    {{ lib.id_text("ac.person_id") }},
    ac.check_type,
    ac.check_date,
    ac.status
FROM all_checks ac
WHERE ac.check_date >= {{ history_start() }} AND {{ shared.in_ssd_person(schema, "ac.person_id") }}
{% endcall %}
