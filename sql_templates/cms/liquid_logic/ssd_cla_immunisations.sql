{#- ssd_cla_immunisations from Liquid Logic: one row per child in ssd_person, from the child's FACT_CLA
    row updated last (ties to the highest period id): whether immunisations are up to date, and when. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH latest AS (
    SELECT fc.DIM_PERSON_ID, fc.IMMU_UP_TO_DATE_FLAG, fc.LAST_UPDATED_DTTM,
           ROW_NUMBER() OVER (PARTITION BY fc.DIM_PERSON_ID
                              ORDER BY {{ lib.nulls_last("fc.LAST_UPDATED_DTTM") }} DESC, fc.FACT_CLA_ID DESC) AS rn
    FROM {{ src('FACT_CLA') }} fc
    WHERE fc.DIM_PERSON_ID IS NOT NULL AND fc.DIM_PERSON_ID <> -1
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("l.DIM_PERSON_ID") }},
    LEFT(l.IMMU_UP_TO_DATE_FLAG, 1),
    l.LAST_UPDATED_DTTM
FROM latest l
WHERE l.rn = 1
    AND {{ shared.in_ssd_person(schema, "l.DIM_PERSON_ID") }}
{% endcall %}
