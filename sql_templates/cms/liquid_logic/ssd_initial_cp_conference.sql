{#- ssd_initial_cp_conference from Liquid Logic: FACT_CP_CONFERENCE rows whose meeting (FACT_MEETINGS) is
    an initial conference (source.params.icpc_meeting_type_code, default CPConference) held inside the
    history window or not yet held. Where several CP plans point at one conference, the earliest plan
    is linked, so the conference id stays unique. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH plans AS (
    SELECT cpp.FACT_INITIAL_CP_CONFERENCE_ID, cpp.FACT_CP_PLAN_ID,
           ROW_NUMBER() OVER (PARTITION BY cpp.FACT_INITIAL_CP_CONFERENCE_ID
                              ORDER BY {{ lib.nulls_last("cpp.START_DTTM") }}, cpp.FACT_CP_PLAN_ID) AS rn
    FROM {{ src('FACT_CP_PLAN') }} cpp
    WHERE cpp.FACT_INITIAL_CP_CONFERENCE_ID <> -1
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("c.FACT_CP_CONFERENCE_ID") }},
    {{ lib.id_text("c.FACT_MEETING_ID") }},
    {{ lib.id_text("c.FACT_S47_ID") }},
    {{ to_text("c.DIM_PERSON_ID") }},
    {{ to_text("pl.FACT_CP_PLAN_ID") }},
    {{ lib.id_text("c.FACT_REFERRAL_ID") }},
    LEFT(c.TRANSFER_IN_FLAG, 1),
    c.DUE_DTTM,
    m.ACTUAL_DTTM,
    LEFT(c.OUTCOME_CP_FLAG, 1),
    -- comments are cut to 300 characters so the escaped object always fits the 1000-character column
    {{ lib.json_object([
        ("NFA_FLAG", "text", "c.OUTCOME_NFA_FLAG"),
        ("REFERRAL_TO_OTHER_AGENCY_FLAG", "text", "c.OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG"),
        ("SINGLE_ASSESSMENT_FLAG", "text", "c.OUTCOME_SINGLE_ASSESSMENT_FLAG"),
        ("PROV_OF_SERVICES_FLAG", "text", "c.OUTCOME_PROV_OF_SERVICES_FLAG"),
        ("CP_FLAG", "text", "c.OUTCOME_CP_FLAG"),
        ("OTHER_OUTCOMES_EXIST_FLAG", "text", "c.OTHER_OUTCOMES_EXIST_FLAG"),
        ("TOTAL_NO_OF_OUTCOMES", "count", "c.TOTAL_NO_OF_OUTCOMES"),
        ("COMMENTS", "note", "LEFT(c.OUTCOME_COMMENTS, 300)"),
    ], 'icpc_icpc_outcome_json') }},
    {{ lib.id_text("c.ORGANISED_BY_DEPT_ID") }},
    LEFT({{ to_text("c.ORGANISED_BY_USER_STAFF_ID", 100) }}, 100)
FROM {{ src('FACT_CP_CONFERENCE') }} c
JOIN {{ src('FACT_MEETINGS') }} m ON m.FACT_MEETING_ID = c.FACT_MEETING_ID
LEFT JOIN plans pl ON pl.FACT_INITIAL_CP_CONFERENCE_ID = c.FACT_CP_CONFERENCE_ID AND pl.rn = 1
WHERE c.DIM_PERSON_ID <> -1
    AND {{ code_eq('m.DIM_LOOKUP_MTG_TYPE_ID_CODE', param('icpc_meeting_type_code', 'CPConference')) }}
    AND {{ shared.open_in_window("m.ACTUAL_DTTM") }}
    AND {{ shared.in_ssd_person(schema, "c.DIM_PERSON_ID") }}
{% endcall %}
