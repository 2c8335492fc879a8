{#- ssd_cla_episodes from Liquid Logic: FACT_CARE_EPISODES with their period of care (FACT_CLA), open or
    ended inside the history window. The ceased reason is the SSDA903 code (CARE_REASON_END_CODE), not
    its description. Liquid Logic's episode start reason is a description: source.params.
    cla_start_reason_codes maps descriptions to SSDA903 codes. Last IRO contact: the latest IRO case note. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% set start_codes = param('cla_start_reason_codes', {}) %}
{{- shared.check_param("cla_start_reason_codes", start_codes, "mapping") }}
{% call refresh(schema, table) %}
WITH iro AS (
    SELECT n.DIM_PERSON_ID, MAX(n.EVENT_DTTM) AS last_contact
    FROM {{ src('FACT_CASENOTES') }} n
    WHERE {{ code_eq('n.DIM_LOOKUP_CASNT_TYPE_ID_CODE', param('iro_casenote_type_code', 'IRO')) }}
        AND n.EVENT_DTTM IS NOT NULL
    GROUP BY n.DIM_PERSON_ID
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("fce.FACT_CARE_EPISODES_ID") }},
    {{ to_text("fce.DIM_PERSON_ID") }},
    {{ lib.id_text("fce.FACT_CLA_PLACEMENT_ID") }},
    fce.CARE_START_DATE,
    {{ value_map("LTRIM(RTRIM(fce.CARE_REASON_DESC))", start_codes, 100) }},
    LEFT(fce.CIN_903_CODE, 3),
    fce.CARE_END_DATE,
    {{ lib.clean("fce.CARE_REASON_END_CODE", 255) }},
    {{ to_text("fc.FACT_CLA_ID") }},
    {{ lib.id_text("fc.FACT_REFERRAL_ID") }},
    iro.last_contact,
    fc.START_DTTM
FROM {{ src('FACT_CARE_EPISODES') }} fce
JOIN {{ src('FACT_CLA') }} fc ON fc.FACT_CLA_ID = fce.FACT_CLA_ID
LEFT JOIN iro ON iro.DIM_PERSON_ID = fce.DIM_PERSON_ID
WHERE fce.DIM_PERSON_ID <> -1
    AND {{ shared.open_in_window("fce.CARE_END_DATE") }}
    AND {{ shared.in_ssd_person(schema, "fce.DIM_PERSON_ID") }}
{% endcall %}
