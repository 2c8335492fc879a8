{#- ssd_cp_visits from Liquid Logic: FACT_CASENOTES of the CP-visit case-note type (source.params.
    cp_visit_casenote_type, default STVC) dated inside the history window or undated, for children in
    ssd_person. Keyed on the case note (not every CP visit note has a FACT_CP_VISIT link); the plan is the
    linked FACT_CP_VISIT plan, the highest when a note links to several, so a visit is never doubled. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH plans AS (
    SELECT v.FACT_CASENOTE_ID, MAX(NULLIF(v.FACT_CP_PLAN_ID, -1)) AS plan_id
    FROM {{ src('FACT_CP_VISIT') }} v
    GROUP BY v.FACT_CASENOTE_ID
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("cn.FACT_CASENOTE_ID") }},
    {{ to_text("cn.DIM_PERSON_ID") }},
    {{ to_text("pl.plan_id") }},
    cn.EVENT_DTTM,
    LEFT(cn.SEEN_FLAG, 1),
    LEFT(cn.SEEN_ALONE_FLAG, 1),
    LEFT(cn.SEEN_BEDROOM_FLAG, 1)
FROM {{ src('FACT_CASENOTES') }} cn
LEFT JOIN plans pl ON pl.FACT_CASENOTE_ID = cn.FACT_CASENOTE_ID
WHERE cn.DIM_PERSON_ID <> -1
    AND {{ code_eq('cn.DIM_LOOKUP_CASNT_TYPE_ID_CODE', param('cp_visit_casenote_type', 'STVC')) }}
    AND {{ shared.open_in_window("cn.EVENT_DTTM") }}
    AND {{ shared.in_ssd_person(schema, "cn.DIM_PERSON_ID") }}
{% endcall %}
