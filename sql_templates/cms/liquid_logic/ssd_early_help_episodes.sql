{#- ssd_early_help_episodes from Liquid Logic: FACT_CAF_EPISODE episodes still open or ended inside the
    history window, for children in ssd_person. Reason, end-reason code and originating organisation
    code as recorded. The worker stays NULL: the episode holds no worker id (a constant is no value). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("eh.FACT_CAF_EPISODE_ID") }},
    {{ to_text("eh.DIM_PERSON_ID") }},
    eh.EPISODE_START_DTTM,
    eh.EPISODE_END_DTTM,
    NULLIF(LTRIM(RTRIM(eh.START_REASON)), ''),
    NULLIF(LTRIM(RTRIM(eh.DIM_LOOKUP_CAF_EP_ENDRSN_ID_CODE)), ''),
    NULLIF(LTRIM(RTRIM(eh.DIM_LOOKUP_ORIGINATING_ORGANISATION_CODE)), ''),
    NULL
FROM {{ src('FACT_CAF_EPISODE') }} eh
WHERE eh.DIM_PERSON_ID <> -1
    AND {{ shared.open_in_window("eh.EPISODE_END_DTTM") }}
    AND {{ shared.in_ssd_person(schema, "eh.DIM_PERSON_ID") }}
{% endcall %}
