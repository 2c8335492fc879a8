{#- ssd_cp_plans from Liquid Logic: FACT_CP_PLAN plans open or ended inside the history window. The
    categories are Liquid Logic's category descriptions (the mapped sources hold no category code). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("cp.FACT_CP_PLAN_ID") }},
    {{ lib.id_text("cp.FACT_REFERRAL_ID") }},
    {{ lib.id_text("cp.FACT_INITIAL_CP_CONFERENCE_ID") }},
    {{ to_text("cp.DIM_PERSON_ID") }},
    cp.START_DTTM,
    cp.END_DTTM,
    LEFT(cp.IS_OLA, 1),
    LEFT(cp.INIT_CATEGORY_DESC, 100),
    LEFT(cp.CP_CATEGORY_DESC, 100)
FROM {{ src('FACT_CP_PLAN') }} cp
WHERE cp.DIM_PERSON_ID <> -1
    AND {{ shared.open_in_window("cp.END_DTTM") }}
    AND {{ shared.in_ssd_person(schema, "cp.DIM_PERSON_ID") }}
{% endcall %}
