{#- ssd_cin_episodes from Liquid Logic: FACT_REFERRALS overlapping the history window (started in it,
    ended in it, or still open) for children in ssd_person. The referral source becomes a DfE code
    through source.params.referral_source_codes (lookup id -> code); the worker is the worker id. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% set source_codes = param('referral_source_codes', {}) %}
{{- shared.check_param("referral_source_codes", source_codes, "mapping") }}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("r.FACT_REFERRAL_ID") }},
    {{ to_text("r.DIM_PERSON_ID") }},
    r.REFRL_START_DTTM,
    LEFT(r.DIM_LOOKUP_CATEGORY_OF_NEED_CODE, 3),
    {{ value_map("r.DIM_LOOKUP_CONT_SORC_ID", source_codes, 48) }},
    LEFT(r.DIM_LOOKUP_CONT_SORC_ID_DESC, 255),
    -- the NFA flag has its own column; comments are cut to 900 characters (JSON-escaped)
    {{ lib.json_object([
        ("SINGLE_ASSESSMENT_FLAG", "text", "r.OUTCOME_SINGLE_ASSESSMENT_FLAG"),
        ("STRATEGY_DISCUSSION_FLAG", "text", "r.OUTCOME_STRATEGY_DISCUSSION_FLAG"),
        ("CLA_REQUEST_FLAG", "text", "r.OUTCOME_CLA_REQUEST_FLAG"),
        ("NON_AGENCY_ADOPTION_FLAG", "text", "r.OUTCOME_NON_AGENCY_ADOPTION_FLAG"),
        ("PRIVATE_FOSTERING_FLAG", "text", "r.OUTCOME_PRIVATE_FOSTERING_FLAG"),
        ("CP_TRANSFER_IN_FLAG", "text", "r.OUTCOME_CP_TRANSFER_IN_FLAG"),
        ("CP_CONFERENCE_FLAG", "text", "r.OUTCOME_CP_CONFERENCE_FLAG"),
        ("CARE_LEAVER_FLAG", "text", "r.OUTCOME_CARE_LEAVER_FLAG"),
        ("OTHER_OUTCOMES_EXIST_FLAG", "text", "r.OTHER_OUTCOMES_EXIST_FLAG"),
        ("NUMBER_OF_OUTCOMES", "count", "r.TOTAL_NO_OF_OUTCOMES"),
        ("COMMENTS", "note", "LEFT(r.OUTCOME_COMMENTS, 900)"),
    ], 'cine_referral_outcome_json') }},
    CASE
        WHEN r.OUTCOME_NFA_FLAG IS NULL THEN NULL
        WHEN {{ code_in('r.OUTCOME_NFA_FLAG', ['Y', 'YES', 'TRUE', '1']) }} THEN 'Y'
        WHEN {{ code_in('r.OUTCOME_NFA_FLAG', ['N', 'NO', 'FALSE', '0']) }} THEN 'N'
        ELSE LEFT(LTRIM(RTRIM(r.OUTCOME_NFA_FLAG)), 1)
    END,
    {{ lib.clean("r.DIM_LOOKUP_REFRL_ENDRSN_ID_CODE", 100) }},
    r.REFRL_END_DTTM,
    {{ lib.id_text("r.DIM_DEPARTMENT_ID") }},
    {{ lib.id_text("r.DIM_WORKER_ID") }}
FROM {{ src('FACT_REFERRALS') }} r
WHERE r.DIM_PERSON_ID <> -1
    AND (r.REFRL_START_DTTM >= {{ history_start() }} OR r.REFRL_END_DTTM >= {{ history_start() }} OR r.REFRL_END_DTTM IS NULL)
    AND {{ shared.in_ssd_person(schema, "r.DIM_PERSON_ID") }}
{% endcall %}
