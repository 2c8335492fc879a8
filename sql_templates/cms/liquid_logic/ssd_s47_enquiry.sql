{#- ssd_s47_enquiry from Liquid Logic: FACT_S47 enquiries started by today and open or ended inside the
    history window. The outcome JSON carries CP_CONFERENCE_FLAG, which the payload reads as
    icpc_required_flag. The worker is the completing user's staff id, as Liquid Logic records it. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("s.FACT_S47_ID") }},
    {{ lib.id_text("s.FACT_REFERRAL_ID") }},
    {{ to_text("s.DIM_PERSON_ID") }},
    s.START_DTTM,
    s.END_DTTM,
    LEFT(s.OUTCOME_NFA_FLAG, 1),
    -- comments are cut to 300 characters so the escaped object always fits the 1000-character column
    {{ lib.json_object([
        ("NFA_FLAG", "text", "s.OUTCOME_NFA_FLAG"),
        ("LEGAL_ACTION_FLAG", "text", "s.OUTCOME_LEGAL_ACTION_FLAG"),
        ("PROV_OF_SERVICES_FLAG", "text", "s.OUTCOME_PROV_OF_SERVICES_FLAG"),
        ("PROV_OF_SB_CARE_FLAG", "text", "s.OUTCOME_PROV_OF_SB_CARE_FLAG"),
        ("CP_CONFERENCE_FLAG", "text", "s.OUTCOME_CP_CONFERENCE_FLAG"),
        ("NFA_CONTINUE_SINGLE_FLAG", "text", "s.OUTCOME_NFA_CONTINUE_SINGLE_FLAG"),
        ("MONITOR_FLAG", "text", "s.OUTCOME_MONITOR_FLAG"),
        ("OTHER_OUTCOMES_EXIST_FLAG", "text", "s.OTHER_OUTCOMES_EXIST_FLAG"),
        ("TOTAL_NO_OF_OUTCOMES", "count", "s.TOTAL_NO_OF_OUTCOMES"),
        ("OUTCOME_COMMENTS", "note", "LEFT(s.OUTCOME_COMMENTS, 300)"),
    ], 's47e_s47_outcome_json') }},
    {{ lib.id_text("s.COMPLETED_BY_DEPT_ID") }},
    LEFT({{ to_text("s.COMPLETED_BY_USER_STAFF_ID", 100) }}, 100)
FROM {{ src('FACT_S47') }} s
WHERE s.DIM_PERSON_ID <> -1
    AND CAST(s.START_DTTM AS DATE) <= {{ today() }}
    AND {{ shared.open_in_window("s.END_DTTM") }}
    AND {{ shared.in_ssd_person(schema, "s.DIM_PERSON_ID") }}
{% endcall %}
