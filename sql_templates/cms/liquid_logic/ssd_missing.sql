{#- ssd_missing from Liquid Logic: FACT_MISSING_PERSON episodes still open or ended inside the history
    window, for children in ssd_person. Type is the missing status as recorded; return interview offered
    and accepted become Y, N or NA (anything else, blank included, is NULL). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("mp.FACT_MISSING_PERSON_ID") }},
    {{ to_text("mp.DIM_PERSON_ID") }},
    mp.START_DTTM,
    {{ lib.clean("mp.MISSING_STATUS", 100) }},
    mp.END_DTTM,
    {{ lib.yes_no_na("mp.RETURN_INTERVIEW_OFFERED") }},
    {{ lib.yes_no_na("mp.RETURN_INTERVIEW_ACCEPTED") }}
FROM {{ src('FACT_MISSING_PERSON') }} mp
WHERE mp.DIM_PERSON_ID <> -1
    AND {{ shared.open_in_window("mp.END_DTTM") }}
    AND {{ shared.in_ssd_person(schema, "mp.DIM_PERSON_ID") }}
{% endcall %}
