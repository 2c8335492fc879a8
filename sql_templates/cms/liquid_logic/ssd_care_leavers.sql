{#- ssd_care_leavers from Liquid Logic: each child in ssd_person with a DIM_CLA_ELIGIBILITY row, with every
    care-leaver contact (FACT_CLA_CARE_LEAVERS) recorded for them. Accommodation and activity are
    Liquid Logic descriptions: source.params.care_leaver_accommodation_codes / care_leaver_activity_codes
    map them to SSDA903 codes. Personal adviser, team and worker come from the latest 16PLUS and
    allocated CW involvements. No pathway plan: NULL (not the D2I 1900-01-01 placeholder). -#}
{% from "cms/liquid_logic/_common.sql" import in_ssd_person, clean, nulls_last with context %}
{% call refresh(schema, table) %}
WITH eligibility AS (
    -- one eligibility row per child (the latest), so contacts are not repeated per eligibility row
    SELECT e.DIM_CLA_ELIGIBILITY_ID, e.DIM_PERSON_ID, e.DIM_LOOKUP_ELIGIBILITY_STATUS_DESC,
           ROW_NUMBER() OVER (PARTITION BY e.DIM_PERSON_ID ORDER BY e.DIM_CLA_ELIGIBILITY_ID DESC) AS rn
    FROM {{ src('DIM_CLA_ELIGIBILITY') }} e
    WHERE e.DIM_PERSON_ID <> -1
),
pathway AS (
    SELECT cp.DIM_PERSON_ID, MAX(cp.MODIF_DTTM) AS reviewed
    FROM {{ src('FACT_CARE_PLANS') }} cp
    WHERE cp.DIM_LOOKUP_PLAN_TYPE_ID_CODE = {{ string_literal(param('pathway_plan_type_code', 'PATH')) }}
    GROUP BY cp.DIM_PERSON_ID
),
workers AS (
    -- the latest personal-adviser (16PLUS) and allocated social-worker (CW) involvement per child
    SELECT i.DIM_PERSON_ID, i.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE AS kind, i.DIM_WORKER_ID,
           i.FACT_WORKER_HISTORY_DEPARTMENT_ID,
           ROW_NUMBER() OVER (
               PARTITION BY i.DIM_PERSON_ID, i.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE
               ORDER BY {{ nulls_last("i.START_DTTM") }} DESC, i.FACT_INVOLVEMENTS_ID DESC
           ) AS rn
    FROM {{ src('FACT_INVOLVEMENTS') }} i
    WHERE i.DIM_WORKER_ID <> -1
        AND (i.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE = '16PLUS'
             OR (i.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE = 'CW' AND i.IS_ALLOCATED_CW_FLAG = 'Y'))
)
{{ insert_into(schema, table) }}
SELECT
    CONCAT({{ to_text("el.DIM_CLA_ELIGIBILITY_ID") }}, '.', COALESCE({{ to_text("cl.FACT_CLA_CARE_LEAVERS_ID") }}, '0')),
    {{ to_text("el.DIM_PERSON_ID") }},
    LEFT(COALESCE(el.DIM_LOOKUP_ELIGIBILITY_STATUS_DESC, 'No Current Eligibility'), 100),
    {{ clean("cl.DIM_LOOKUP_IN_TOUCH_CODE_CODE", 100) }},
    cl.IN_TOUCH_DTTM,
    {{ value_map("LTRIM(RTRIM(cl.DIM_LOOKUP_ACCOMMODATION_CODE_DESC))", param('care_leaver_accommodation_codes', {}), 100) }},
    LEFT(cl.DIM_LOOKUP_ACCOMMODATION_SUITABLE_DESC, 100),
    {{ value_map("LTRIM(RTRIM(cl.DIM_LOOKUP_MAIN_ACTIVITY_DESC))", param('care_leaver_activity_codes', {}), 100) }},
    pw.reviewed,
    {{ to_text("pa.DIM_WORKER_ID", 100) }},
    CASE WHEN cw.FACT_WORKER_HISTORY_DEPARTMENT_ID NOT IN (-1, 0) THEN {{ to_text("cw.FACT_WORKER_HISTORY_DEPARTMENT_ID") }} END,
    {{ to_text("cw.DIM_WORKER_ID", 100) }}
FROM eligibility el
LEFT JOIN {{ src('FACT_CLA_CARE_LEAVERS') }} cl ON cl.DIM_PERSON_ID = el.DIM_PERSON_ID
LEFT JOIN pathway pw ON pw.DIM_PERSON_ID = el.DIM_PERSON_ID
LEFT JOIN workers pa ON pa.DIM_PERSON_ID = el.DIM_PERSON_ID AND pa.kind = '16PLUS' AND pa.rn = 1
LEFT JOIN workers cw ON cw.DIM_PERSON_ID = el.DIM_PERSON_ID AND cw.kind = 'CW' AND cw.rn = 1
WHERE el.rn = 1
    AND {{ in_ssd_person(schema, "el.DIM_PERSON_ID") }}
{% endcall %}
