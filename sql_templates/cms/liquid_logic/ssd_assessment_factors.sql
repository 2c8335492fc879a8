{#- ssd_assessment_factors from Liquid Logic: for each assessment in ssd_cin_assessments, the factor
    codes (form answers ANSWER_NO in source.params.assessment_factor_codes answered "yes") as a JSON
    array string such as ["1A", "2B"], in the order of that list (codes compared trimmed and ignoring case,
    as code_eq does). Built with one conditional aggregate per code, so it needs no string aggregation function (SQL Server 2016 has none). -#}
{% set codes = param('assessment_factor_codes', ['1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B', '4C', '5A', '5B', '5C', '6A', '6B', '6C', '7A', '8B', '8C', '8D', '8E', '8F', '9A', '10A', '11A', '12A', '13A', '14A', '15A', '16A', '17A', '18A', '18B', '18C', '19A', '19B', '19C', '20', '21', '22A', '23A', '24A']) %}
{% import "cms/_shared/lib.sql" as shared with context %}
{{- shared.check_param("assessment_factor_codes", codes, "list") }}
{% call refresh(schema, table) %}
WITH factors AS (
    SELECT
        sa.FACT_SINGLE_ASSESSMENT_ID,
        -- the assessment's external id where it has one, else its own id (the key must not be NULL)
        COALESCE(NULLIF(sa.EXTERNAL_ID, -1), sa.FACT_SINGLE_ASSESSMENT_ID) AS table_id,
        CONCAT(
{% for code in codes %}
            MAX(CASE WHEN dfe.pos = {{ loop.index }} THEN {{ string_literal(', "' ~ code ~ '"') }} END){{ "," if not loop.last }}
{% endfor %}
        ) AS code_list
    FROM {{ src('FACT_SINGLE_ASSESSMENT') }} sa
    JOIN {{ src('FACT_FORM_ANSWERS') }} fa ON fa.FACT_FORM_ID = sa.FACT_FORM_ID
    -- each code's place in the list, found by one join instead of a comparison per code per answer
    JOIN (VALUES {% for code in codes %}({{ string_literal(code | string | upper) }}, {{ loop.index }}){{ ", " if not loop.last }}{% endfor %}) AS dfe (code, pos)
        ON dfe.code = UPPER(LTRIM(RTRIM({{ to_text('fa.ANSWER_NO', 4000) }})))
    WHERE sa.FACT_FORM_ID <> -1
        AND COALESCE(sa.DIM_LOOKUP_STEP_SUBSTATUS_CODE, '') NOT IN ('X', 'D')
        AND {{ code_in('fa.ANSWER_NO', codes) }}
        AND LOWER(LTRIM(RTRIM(fa.ANSWER))) = 'yes'
        AND EXISTS (
            SELECT 1 FROM {{ qualify(schema, 'ssd_cin_assessments') }} ca
            WHERE ca.cina_assessment_id = {{ to_text("sa.FACT_SINGLE_ASSESSMENT_ID") }}
        )
    GROUP BY sa.FACT_SINGLE_ASSESSMENT_ID, sa.EXTERNAL_ID
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("f.table_id") }},
    {{ to_text("f.FACT_SINGLE_ASSESSMENT_ID") }},
    -- drop the leading ", " of the first code
    CONCAT('[', SUBSTRING(f.code_list, 3, 4000), ']')
FROM factors f
{% endcall %}
