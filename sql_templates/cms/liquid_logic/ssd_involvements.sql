{#- ssd_involvements from Liquid Logic: every FACT_INVOLVEMENTS row (all involvement types) of a child in
    ssd_person that is open or ended inside the history window. The role is the involvement type code
    (the payload looks for CW); the team is the involvement's department, else the worker's. -#}
{% from "cms/liquid_logic/_common.sql" import id_text, in_ssd_person, clean with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("i.FACT_INVOLVEMENTS_ID") }},
    {{ id_text("i.DIM_WORKER_ID") }},
    {{ clean("i.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE", 200) }},
    CASE
        WHEN i.DIM_DEPARTMENT_ID IS NOT NULL AND i.DIM_DEPARTMENT_ID <> -1 THEN {{ to_text("i.DIM_DEPARTMENT_ID") }}
        ELSE {{ id_text("i.FACT_WORKER_HISTORY_DEPARTMENT_ID") }}
    END,
    {{ to_text("i.DIM_PERSON_ID") }},
    i.START_DTTM,
    i.END_DTTM,
    {{ clean("i.DIM_LOOKUP_CWREASON_CODE", 200) }},
    {{ id_text("i.FACT_REFERRAL_ID") }}
FROM {{ src('FACT_INVOLVEMENTS') }} i
WHERE i.DIM_PERSON_ID <> -1
    AND (i.END_DTTM IS NULL OR i.END_DTTM >= {{ history_start() }})
    AND {{ in_ssd_person(schema, "i.DIM_PERSON_ID") }}
{% endcall %}
