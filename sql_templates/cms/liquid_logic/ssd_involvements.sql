{#- ssd_involvements from Liquid Logic: every FACT_INVOLVEMENTS row (all involvement types) of a child in
    ssd_person that is open or ended inside the history window. The role is the involvement type code
    (the payload looks for CW); the team is the involvement's department, else the worker's. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("i.FACT_INVOLVEMENTS_ID") }},
    {{ lib.id_text("i.DIM_WORKER_ID") }},
    {{ lib.clean("i.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE", 200) }},
    CASE
        WHEN i.DIM_DEPARTMENT_ID IS NOT NULL AND i.DIM_DEPARTMENT_ID <> -1 THEN {{ to_text("i.DIM_DEPARTMENT_ID") }}
        ELSE {{ lib.id_text("i.FACT_WORKER_HISTORY_DEPARTMENT_ID") }}
    END,
    {{ to_text("i.DIM_PERSON_ID") }},
    i.START_DTTM,
    i.END_DTTM,
    {{ lib.clean("i.DIM_LOOKUP_CWREASON_CODE", 200) }},
    {{ lib.id_text("i.FACT_REFERRAL_ID") }}
FROM {{ src('FACT_INVOLVEMENTS') }} i
WHERE i.DIM_PERSON_ID <> -1
    AND {{ shared.open_in_window("i.END_DTTM") }}
    AND {{ shared.in_ssd_person(schema, "i.DIM_PERSON_ID") }}
{% endcall %}
