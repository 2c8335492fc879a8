{#- ssd_cin_plans from Liquid Logic: FACT_CARE_PLAN_SUMMARY plans of the CIN plan type (source.params.
    cin_plan_type_code, default FP) that are not cancelled, open or ended inside the history window.
    Team and worker are the plan coordinator's department and worker ids (NULL when none). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH coordinators AS (
    SELECT fp.FACT_CARE_PLAN_SUMMARY_ID,
           MAX(NULLIF(fp.DIM_PLAN_COORD_DEPT_ID, -1)) AS team_id,
           MAX(NULLIF(fp.DIM_PLAN_COORD_ID, -1)) AS worker_id
    FROM {{ src('FACT_CARE_PLANS') }} fp
    GROUP BY fp.FACT_CARE_PLAN_SUMMARY_ID
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("cps.FACT_CARE_PLAN_SUMMARY_ID") }},
    {{ lib.id_text("cps.FACT_REFERRAL_ID") }},
    {{ to_text("cps.DIM_PERSON_ID") }},
    cps.START_DTTM,
    cps.END_DTTM,
    {{ to_text("co.team_id") }},
    {{ to_text("co.worker_id", 100) }}
FROM {{ src('FACT_CARE_PLAN_SUMMARY') }} cps
LEFT JOIN coordinators co ON co.FACT_CARE_PLAN_SUMMARY_ID = cps.FACT_CARE_PLAN_SUMMARY_ID
WHERE cps.DIM_PERSON_ID <> -1
    AND {{ code_eq('cps.DIM_LOOKUP_PLAN_TYPE_CODE', param('cin_plan_type_code', 'FP')) }}
    AND UPPER(COALESCE(cps.DIM_LOOKUP_PLAN_STATUS_ID_CODE, '')) <> 'Z'
    AND {{ shared.open_in_window("cps.END_DTTM") }}
    AND {{ shared.in_ssd_person(schema, "cps.DIM_PERSON_ID") }}
{% endcall %}
