{#- ssd_cp_reviews from Liquid Logic: FACT_CP_REVIEW reviews held inside the history window (or not yet
    held), for children in ssd_person; one row per review. Meeting id from FACT_MEETINGS. Quorate is the
    child's answer to the quorate question (source.params.cp_review_quorate_answer_no, default WasConf) on
    the meeting's outcome form, and participation the child's meeting participation (mapped to PN codes
    by source.params.review_participation_codes); several forms or answers give the highest, never a
    second row. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% set participation = param('review_participation_codes', {}) %}
{{- shared.check_param("review_participation_codes", participation, "mapping") }}
{% call refresh(schema, table) %}
WITH subjects AS (
    SELECT cpr.FACT_CP_REVIEW_ID,
           MAX(ffa.ANSWER) AS quorate,
           MAX(fms.DIM_LOOKUP_PARTICIPATION_CODE_DESC) AS participation
    FROM {{ src('FACT_CP_REVIEW') }} cpr
    JOIN {{ src('FACT_MEETING_SUBJECTS') }} fms
        ON fms.FACT_MEETINGS_ID = cpr.FACT_MEETING_ID AND fms.DIM_PERSON_ID = cpr.DIM_PERSON_ID
    LEFT JOIN {{ src('FACT_FORM_ANSWERS') }} ffa
        ON ffa.FACT_FORM_ID = fms.FACT_OUTCM_FORM_ID
        AND fms.FACT_OUTCM_FORM_ID <> -1
        AND {{ code_eq('ffa.ANSWER_NO', param('cp_review_quorate_answer_no', 'WasConf')) }}
    GROUP BY cpr.FACT_CP_REVIEW_ID
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("cpr.FACT_CP_REVIEW_ID") }},
    {{ to_text("cpr.DIM_PERSON_ID") }},
    {{ lib.id_text("cpr.FACT_CP_PLAN_ID") }},
    cpr.DUE_DTTM,
    cpr.MEETING_DTTM,
    {{ to_text("fm.FACT_MEETING_ID") }},
    LEFT(cpr.OUTCOME_CONTINUE_CP_FLAG, 1),
    {{ lib.clean("s.quorate", 100) }},
    LEFT({{ value_map("NULLIF(LTRIM(RTRIM(s.participation)), '')", participation, 100) }}, 100)
FROM {{ src('FACT_CP_REVIEW') }} cpr
LEFT JOIN {{ src('FACT_MEETINGS') }} fm ON fm.FACT_MEETING_ID = cpr.FACT_MEETING_ID
LEFT JOIN subjects s ON s.FACT_CP_REVIEW_ID = cpr.FACT_CP_REVIEW_ID
WHERE cpr.DIM_PERSON_ID <> -1
    AND {{ shared.open_in_window("cpr.MEETING_DTTM") }}
    AND {{ shared.in_ssd_person(schema, "cpr.DIM_PERSON_ID") }}
{% endcall %}
