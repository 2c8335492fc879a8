{#- ssd_care_leavers from Liquid Logic: each child in ssd_person with a DIM_CLA_ELIGIBILITY row, with every
    care-leaver contact (FACT_CLA_CARE_LEAVERS) recorded for them. Accommodation and activity are
    Liquid Logic descriptions: source.params.care_leaver_accommodation_codes / care_leaver_activity_codes
    map them to SSDA903 codes. Personal adviser, team and worker come from the latest 16PLUS and
    allocated CW involvements. No pathway plan gives NULL, never a made-up date. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% set accommodation_codes = param('care_leaver_accommodation_codes', {}) %}
{% set activity_codes = param('care_leaver_activity_codes', {}) %}
{{- shared.check_param("care_leaver_accommodation_codes", accommodation_codes, "mapping") }}
{{- shared.check_param("care_leaver_activity_codes", activity_codes, "mapping") }}
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
    WHERE {{ code_eq('cp.DIM_LOOKUP_PLAN_TYPE_ID_CODE', param('pathway_plan_type_code', 'PATH')) }}
    GROUP BY cp.DIM_PERSON_ID
),
advisers AS (
    -- the latest personal-adviser (16PLUS) involvement per child
    SELECT a.DIM_PERSON_ID, a.DIM_WORKER_ID,
           ROW_NUMBER() OVER (PARTITION BY a.DIM_PERSON_ID
                              ORDER BY {{ lib.nulls_last("a.START_DTTM") }} DESC, a.FACT_INVOLVEMENTS_ID DESC) AS rn
    FROM {{ src('FACT_INVOLVEMENTS') }} a
    WHERE a.DIM_WORKER_ID <> -1 AND {{ code_eq('a.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE', '16PLUS') }}
),
social_workers AS (
    -- the latest allocated social-worker (CW) involvement per child
    SELECT w.DIM_PERSON_ID, w.DIM_WORKER_ID, w.FACT_WORKER_HISTORY_DEPARTMENT_ID,
           ROW_NUMBER() OVER (PARTITION BY w.DIM_PERSON_ID
                              ORDER BY {{ lib.nulls_last("w.START_DTTM") }} DESC, w.FACT_INVOLVEMENTS_ID DESC) AS rn
    FROM {{ src('FACT_INVOLVEMENTS') }} w
    WHERE w.DIM_WORKER_ID <> -1 AND {{ code_eq('w.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE', 'CW') }} AND {{ code_eq('w.IS_ALLOCATED_CW_FLAG', 'Y') }}
)
{{ insert_into(schema, table) }}
SELECT
    CONCAT({{ to_text("el.DIM_CLA_ELIGIBILITY_ID") }}, '.', COALESCE({{ to_text("cl.FACT_CLA_CARE_LEAVERS_ID") }}, '0')),
    {{ to_text("el.DIM_PERSON_ID") }},
    LEFT(COALESCE(el.DIM_LOOKUP_ELIGIBILITY_STATUS_DESC, 'No Current Eligibility'), 100),
    {{ lib.clean("cl.DIM_LOOKUP_IN_TOUCH_CODE_CODE", 100) }},
    cl.IN_TOUCH_DTTM,
    {{ value_map("LTRIM(RTRIM(cl.DIM_LOOKUP_ACCOMMODATION_CODE_DESC))", accommodation_codes, 100) }},
    LEFT(cl.DIM_LOOKUP_ACCOMMODATION_SUITABLE_DESC, 100),
    {{ value_map("LTRIM(RTRIM(cl.DIM_LOOKUP_MAIN_ACTIVITY_DESC))", activity_codes, 100) }},
    pw.reviewed,
    {{ to_text("pa.DIM_WORKER_ID", 100) }},
    CASE WHEN cw.FACT_WORKER_HISTORY_DEPARTMENT_ID NOT IN (-1, 0) THEN {{ to_text("cw.FACT_WORKER_HISTORY_DEPARTMENT_ID") }} END,
    {{ to_text("cw.DIM_WORKER_ID", 100) }}
FROM eligibility el
LEFT JOIN {{ src('FACT_CLA_CARE_LEAVERS') }} cl ON cl.DIM_PERSON_ID = el.DIM_PERSON_ID
LEFT JOIN pathway pw ON pw.DIM_PERSON_ID = el.DIM_PERSON_ID
LEFT JOIN advisers pa ON pa.DIM_PERSON_ID = el.DIM_PERSON_ID AND pa.rn = 1
LEFT JOIN social_workers cw ON cw.DIM_PERSON_ID = el.DIM_PERSON_ID AND cw.rn = 1
WHERE el.rn = 1
    AND {{ shared.in_ssd_person(schema, "el.DIM_PERSON_ID") }}
{% endcall %}
