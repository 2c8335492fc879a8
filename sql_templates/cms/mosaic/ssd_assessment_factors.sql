{#- ssd_assessment_factors from Mosaic: dm_cin_assess_factors of the assessments in ssd_cin_assessments
    (loaded just before), one row per assessment and child with the same step + child id, so each row
    matches its cina_assessment_id. The JSON array lists the DfE factor codes present,
    in the DfE order; values outside the DfE list (after source.params.assessment_factor_map) are left out. cinf_table_id = the assessment step id. -#}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set codes = ["1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A", "18A", "18B", "18C", "19A", "19B", "19C", "20", "21", "22A", "23A", "24A"] %}
{% call refresh(schema, table) %}
WITH factors AS (
    SELECT f.ASSESSMENT_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
           dfe.pos
    FROM {{ src('dm_cin_assess_factors') }} f
    -- each DfE code's place in the list, found by one join instead of a comparison per code per row
    JOIN (VALUES {% for code in codes %}({{ string_literal(code) }}, {{ loop.index }}){{ ", " if not loop.last }}{% endfor %}) AS dfe (code, pos)
      ON dfe.code = UPPER(LTRIM(RTRIM({{ lib.assessment_factor_code('f.FACTOR_VALUE') }})))
    JOIN {{ src('DM_WORKFLOW_STEPS') }} s ON s.WORKFLOW_STEP_ID = f.ASSESSMENT_ID
    JOIN {{ src('dm_subgroup_subjects') }} ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND {{ code_eq('ss.SUBJECT_TYPE_CODE', 'PER') }}
    WHERE f.FACTOR_VALUE IS NOT NULL
),
flags AS (
    SELECT fl.step_id, fl.person_id,
           CONCAT(
{% for code in codes %}
               CASE WHEN MAX(CASE WHEN fl.pos = {{ loop.index }} THEN 1 ELSE 0 END) = 1 THEN ',"{{ code }}"' ELSE '' END{{ "," if not loop.last }}
{% endfor %}
           ) AS list
    FROM factors fl
    GROUP BY fl.step_id, fl.person_id
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text('x.step_id', 48) }},
    {{ lib.step_person_id('x.step_id', 'x.person_id') }},
    CONCAT('[', SUBSTRING(x.list, 2, 4000), ']')
FROM flags x
WHERE EXISTS (
    SELECT 1 FROM {{ qualify(schema, 'ssd_cin_assessments') }} ca
    WHERE ca.cina_assessment_id = {{ lib.step_person_id('x.step_id', 'x.person_id') }}
)
{% endcall %}

