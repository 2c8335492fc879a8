{#- ssd_s47_enquiry from Liquid Logic: FACT_S47 enquiries started by today and open or ended inside the
    history window. The outcome JSON carries CP_CONFERENCE_FLAG, which the payload reads as
    icpc_required_flag. The worker is the completing user's staff id, as Liquid Logic records it. -#}
{% from "cms/liquid_logic/_common.sql" import id_text, in_ssd_person, json_object with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("s.FACT_S47_ID") }},
    {{ id_text("s.FACT_REFERRAL_ID") }},
    {{ to_text("s.DIM_PERSON_ID") }},
    s.START_DTTM,
    s.END_DTTM,
    LEFT(s.OUTCOME_NFA_FLAG, 1),
    -- comments are cut to 300 characters so the escaped object always fits the 1000-character column
    {{ json_object([
        ("NFA_FLAG", "text", "s.OUTCOME_NFA_FLAG"),
        ("LEGAL_ACTION_FLAG", "text", "s.OUTCOME_LEGAL_ACTION_FLAG"),
        ("PROV_OF_SERVICES_FLAG", "text", "s.OUTCOME_PROV_OF_SERVICES_FLAG"),
        ("PROV_OF_SB_CARE_FLAG", "text", "s.OUTCOME_PROV_OF_SB_CARE_FLAG"),
        ("CP_CONFERENCE_FLAG", "text", "s.OUTCOME_CP_CONFERENCE_FLAG"),
        ("NFA_CONTINUE_SINGLE_FLAG", "text", "s.OUTCOME_NFA_CONTINUE_SINGLE_FLAG"),
        ("MONITOR_FLAG", "text", "s.OUTCOME_MONITOR_FLAG"),
        ("OTHER_OUTCOMES_EXIST_FLAG", "text", "s.OTHER_OUTCOMES_EXIST_FLAG"),
        ("TOTAL_NO_OF_OUTCOMES", "count", "s.TOTAL_NO_OF_OUTCOMES"),
        ("OUTCOME_COMMENTS", "text", "LEFT(s.OUTCOME_COMMENTS, 300)"),
    ]) }},
    {{ id_text("s.COMPLETED_BY_DEPT_ID") }},
    LEFT({{ to_text("s.COMPLETED_BY_USER_STAFF_ID", 100) }}, 100)
FROM {{ src('FACT_S47') }} s
WHERE s.DIM_PERSON_ID <> -1
    AND CAST(s.START_DTTM AS DATE) <= {{ today() }}
    AND (s.END_DTTM IS NULL OR s.END_DTTM >= {{ history_start() }})
    AND {{ in_ssd_person(schema, "s.DIM_PERSON_ID") }}
{% endcall %}
