{#- ssd_disability from Liquid Logic: current FACT_DISABILITY rows (no end date, or ending in the future)
    with the national code from DIM_LOOKUP_DISAB. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH disab AS (
    -- one national code per local code, so a doubled lookup row cannot double a disability
    SELECT d.MAIN_CODE, d.NAT_ID,
           ROW_NUMBER() OVER (PARTITION BY d.MAIN_CODE ORDER BY d.NAT_ID) AS rn
    FROM {{ src('DIM_LOOKUP_DISAB') }} d
    WHERE d.NAT_ID IS NOT NULL AND LTRIM(RTRIM(d.NAT_ID)) <> ''
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("fd.FACT_DISABILITY_ID") }},
    {{ to_text("fd.DIM_PERSON_ID") }},
    {{ lib.clean("dl.NAT_ID", 48) }}
FROM {{ src('FACT_DISABILITY') }} fd
JOIN disab dl ON dl.MAIN_CODE = fd.DIM_LOOKUP_DISAB_CODE AND dl.rn = 1
WHERE fd.DIM_PERSON_ID <> -1
    AND fd.DIM_LOOKUP_DISAB_CODE IS NOT NULL
    AND (fd.END_DTTM IS NULL OR fd.END_DTTM > {{ current_timestamp() }})
    AND {{ shared.in_ssd_person(schema, "fd.DIM_PERSON_ID") }}
{% endcall %}
