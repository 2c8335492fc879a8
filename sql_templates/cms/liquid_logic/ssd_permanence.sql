{#- ssd_permanence from Liquid Logic: one row per child for the latest care episode that is either open
    with an adoption record (FACT_ADOPTION) or ended by a permanence order (adoption, special guardianship,
    child arrangements). perm_person_id is DIM_PERSON_ID, the id ssd_person uses, so every row joins
    to its child. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% set adoption_codes = ['E1', 'E11', 'E12'] %}
{% set sgo_codes = ['E43', 'E44', 'E45', 'E46', 'E47', 'E48', '45'] %}
{% set cao_codes = ['E41'] %}
{% set adoption_placements = ['A3', 'A4', 'A5', 'A6'] %}
{% call refresh(schema, table) %}
WITH episodes AS (
    SELECT
        fce.FACT_CARE_EPISODES_ID, fce.DIM_PERSON_ID, fce.FACT_CLA_ID, fce.PLACEND,
        fce.CARE_REASON_END_CODE, fce.OFSTED_URN,
        fa.FACT_ADOPTION_ID, fa.DECISION_DTTM, fa.SIBLING_GROUP, fa.NUMBER_TOGETHER, fa.NUMBER_APART,
        fa.PLACEMENT_ORDER_DTTM, fa.MATCHING_DTTM, fa.DIM_LOOKUP_ADOPTER_GENDER_CODE,
        fa.DIM_LOOKUP_ADOPTER_LEGAL_STATUS_CODE, fa.NO_OF_ADOPTERS, fa.ADOPTED_BY_CARER_FLAG,
        fa.FOSTER_TO_ADOPT_DTTM, fa.NO_LONGER_PLACED_DTTM, fa.DIM_LOOKUP_ADOP_REASON_CEASED_CODE,
        fa.ADOPTION_SOCIAL_WORKER_ID,
        fcpl.FFA_IS_PLAN_DATE, fcpl.DIM_LOOKUP_PLACEMENT_TYPE_CODE, fcpl.START_DTTM AS placement_start,
        -- one permanence row per child: the latest episode, then the latest adoption record
        ROW_NUMBER() OVER (
            PARTITION BY fce.DIM_PERSON_ID
            ORDER BY {{ lib.nulls_last("fce.CARE_START_DATE") }} DESC, fce.FACT_CARE_EPISODES_ID DESC,
                     {{ lib.nulls_last("fa.START_DTTM") }} DESC, fa.FACT_ADOPTION_ID DESC
        ) AS rn
    FROM {{ src('FACT_CARE_EPISODES') }} fce
    LEFT JOIN {{ src('FACT_ADOPTION') }} fa
        ON fa.DIM_PERSON_ID = fce.DIM_PERSON_ID AND fa.START_DTTM IS NOT NULL
    LEFT JOIN {{ src('FACT_CLA_PLACEMENT') }} fcpl
        ON fcpl.FACT_CLA_PLACEMENT_ID = fce.FACT_CLA_PLACEMENT_ID
        AND fcpl.FACT_CLA_PLACEMENT_ID <> -1
        AND ({{ code_in('fcpl.DIM_LOOKUP_PLACEMENT_TYPE_CODE', adoption_placements) }} OR fcpl.FFA_IS_PLAN_DATE IS NOT NULL)
    WHERE fce.DIM_PERSON_ID <> -1
        AND (
            (fce.PLACEND IS NULL AND fa.FACT_ADOPTION_ID IS NOT NULL)
            OR {{ code_in('fce.CARE_REASON_END_CODE', adoption_codes + sgo_codes + cao_codes) }}
        )
        AND {{ shared.in_ssd_person(schema, "fce.DIM_PERSON_ID") }}
)
{{ insert_into(schema, table) }}
SELECT
    CASE WHEN ep.FACT_ADOPTION_ID IS NOT NULL
        THEN CONCAT({{ to_text("ep.FACT_ADOPTION_ID") }}, '.', {{ to_text("ep.FACT_CARE_EPISODES_ID") }})
        ELSE {{ to_text("ep.FACT_CARE_EPISODES_ID") }}
    END,
    {{ to_text("ep.DIM_PERSON_ID") }},
    {{ lib.id_text("ep.FACT_CLA_ID") }},
    ep.DECISION_DTTM,
    LEFT(ep.SIBLING_GROUP, 1),
    ep.NUMBER_TOGETHER,
    ep.NUMBER_APART,
    ep.FFA_IS_PLAN_DATE,
    ep.PLACEMENT_ORDER_DTTM,
    ep.MATCHING_DTTM,
    {{ lib.clean("ep.DIM_LOOKUP_ADOPTER_GENDER_CODE", 48) }},
    {{ lib.clean("ep.DIM_LOOKUP_ADOPTER_LEGAL_STATUS_CODE", 100) }},
    ep.NO_OF_ADOPTERS,
    CASE WHEN {{ code_in('ep.DIM_LOOKUP_PLACEMENT_TYPE_CODE', adoption_placements) }} THEN ep.placement_start END,
    LEFT(ep.ADOPTED_BY_CARER_FLAG, 1),
    -- Liquid Logic has no date placed with the foster carer: NULL rather than a made-up date
    NULL,
    ep.FOSTER_TO_ADOPT_DTTM,
    CASE WHEN {{ code_in('ep.DIM_LOOKUP_PLACEMENT_TYPE_CODE', adoption_placements) }} THEN LEFT(ep.OFSTED_URN, 48) END,
    ep.NO_LONGER_PLACED_DTTM,
    {{ lib.clean("ep.DIM_LOOKUP_ADOP_REASON_CEASED_CODE", 100) }},
    ep.PLACEND,
    CASE
        WHEN {{ code_in('ep.CARE_REASON_END_CODE', adoption_codes) }} THEN 'Adoption'
        WHEN {{ code_in('ep.CARE_REASON_END_CODE', sgo_codes) }} THEN 'Special Guardianship Order'
        WHEN {{ code_in('ep.CARE_REASON_END_CODE', cao_codes) }} THEN 'Child Arrangements/ Residence Order'
    END,
    {{ lib.id_text("ep.ADOPTION_SOCIAL_WORKER_ID", 100) }}
FROM episodes ep
WHERE ep.rn = 1
{% endcall %}
