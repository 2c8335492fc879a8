{#- Helpers of the Mosaic fills only; patterns every CMS uses are in cms/_shared/lib.sql. Imported as
    {% import "cms/mosaic/_lib.sql" as lib with context %}; not a table template itself. -#}

{#- Workflow steps in these statuses count; CANCELLED and PROPOSED steps never happened. -#}
{% set live_statuses = ["INCOMING", "STARTED", "REOPENED", "COMPLETED"] %}

{#- `expr IN (values)`, or a false condition when the LA's list is empty (IN () is not SQL). -#}
{% macro in_list(expr, values) -%}
{% if values %}{{ expr }} IN {{ sql_list(values) }}{% else %}1 = 0{% endif %}
{%- endmacro %}

{#- The SSD id of something that belongs to one workflow step and one of its subjects: a Mosaic
    step (a referral, an assessment, an S47, a conference) can have several children as subjects,
    so the step id alone is not unique per child. -#}
{% macro step_person_id(step, person) -%}
CONCAT({{ to_text(step, 20) }}, '-', {{ to_text(person, 20) }})
{%- endmacro %}

{#- Where Mosaic keeps referrals, for shared.referral_on_date: a referral's SSD id is step + child, as
    in ssd_cin_episodes, so the ids every table gives agree. rows is a macro, so src() records the
    table only for the fills that read it. -#}
{% macro referral_rows() -%}
{{ src("dm_cin_referrals") }} ref
{%- endmacro %}
{% set referrals = {
    "rows": referral_rows,
    "person": "PERSON_ID",
    "start": "REFERRAL_DATE",
    "end": "CLOSURE_DATE",
    "key": "REFERRAL_ID",
    "id": step_person_id("ref.REFERRAL_ID", "ref.PERSON_ID"),
} %}
