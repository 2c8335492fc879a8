{#- ssd_cla_care_plan from Liquid Logic: active FACT_CARE_PLANS (status source.params.care_plan_status_code,
    default A; of the types in cla_care_plan_type_codes when that list is set) of children in
    ssd_person, open or ended inside the history window. The JSON holds the permanence-plan answers
    (source.params.care_plan_answer_nos: key -> question) of one form: the child's latest form answering
    any of them before the plan ended, so each plan carries its own answers rather than the child's
    latest. Every key is present, "" when not answered. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% set keys = ['REMAINSUP', 'RETURN1M', 'RETURN6M', 'RETURNEV', 'LTRELFR', 'LTFOST18', 'RESPLMT', 'SUPPLIV', 'ADOPTION', 'OTHERPLN'] %}
{% set nos = param('care_plan_answer_nos', {'REMAINSUP': 'CPFUP1', 'RETURN1M': 'CPFUP2', 'RETURN6M': 'CPFUP3', 'RETURNEV': 'CPFUP4', 'LTRELFR': 'CPFUP5', 'LTFOST18': 'CPFUP6', 'RESPLMT': 'CPFUP7', 'SUPPLIV': 'CPFUP8', 'ADOPTION': 'CPFUP9', 'OTHERPLN': 'CPFUP10'}) %}
{% set types = param('cla_care_plan_type_codes', []) %}
{{- shared.check_param("care_plan_answer_nos", nos, "mapping") }}
{{- shared.check_param("care_plan_answer_nos", nos, "not_empty") }}
{{- shared.check_param("cla_care_plan_type_codes", types, "list") }}
{% for key in nos %}{% if key not in keys %}{{ fail("source.params.care_plan_answer_nos: unknown key " ~ key ~ " (use " ~ keys | join(", ") ~ "); see examples/cms/" ~ cms ~ ".md.") }}{% endif %}{% endfor %}
{% set ns = namespace(items=[]) %}
{#- Each answer has a room of 80 characters (its 50, fewer when escaping needs more): the object, at most
    119 + 10 x 80 characters, always fits the 1000-character column as valid JSON. -#}
{% for key in keys %}{% set ns.items = ns.items + [(key, "json", shared.json_text(("a." ~ key | lower) if key in nos else "''", 80))] %}{% endfor %}
{% set json_items = ns.items %}
{% call refresh(schema, table) %}
WITH plans AS (
    SELECT fcp.FACT_CARE_PLAN_ID, fcp.DIM_PERSON_ID, fcp.START_DTTM, fcp.END_DTTM
    FROM {{ src('FACT_CARE_PLANS') }} fcp
    WHERE fcp.DIM_PERSON_ID <> -1
        AND {{ code_eq('fcp.DIM_LOOKUP_PLAN_STATUS_ID_CODE', param('care_plan_status_code', 'A')) }}
        {% if types %}AND {{ code_in('fcp.DIM_LOOKUP_PLAN_TYPE_ID_CODE', types) }}{% endif %}

        AND {{ shared.open_in_window("fcp.END_DTTM") }}
        AND {{ shared.in_ssd_person(schema, "fcp.DIM_PERSON_ID") }}
),
plan_forms AS (
    -- per form: its person and when it was answered
    SELECT ff.FACT_FORM_ID, ff.DIM_PERSON_ID, MAX(ffa.ANSWERED_DTTM) AS answered
    FROM {{ src('FACT_FORM_ANSWERS') }} ffa
    JOIN {{ src('FACT_FORMS') }} ff ON ff.FACT_FORM_ID = ffa.FACT_FORM_ID
    WHERE {{ code_in('ffa.ANSWER_NO', nos.values() | list) }}
    GROUP BY ff.FACT_FORM_ID, ff.DIM_PERSON_ID
),
{{ shared.first_match("chosen", "plans", ["FACT_CARE_PLAN_ID"], "plan_forms pf",
       "pf.DIM_PERSON_ID = ev.DIM_PERSON_ID AND (ev.END_DTTM IS NULL OR pf.answered < ev.END_DTTM)",
       "pf.answered DESC, pf.FACT_FORM_ID DESC", {"form_id": "pf.FACT_FORM_ID"}) }},
answers AS (
    SELECT c.FACT_CARE_PLAN_ID,
{% for key, no in nos | dictsort %}
           MAX(CASE WHEN {{ code_eq('ffa.ANSWER_NO', no) }} THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS {{ key | lower }}{{ "," if not loop.last }}
{% endfor %}
    FROM chosen c
    JOIN {{ src('FACT_FORM_ANSWERS') }} ffa ON ffa.FACT_FORM_ID = c.form_id
    GROUP BY c.FACT_CARE_PLAN_ID
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("p.FACT_CARE_PLAN_ID") }},
    {{ to_text("p.DIM_PERSON_ID") }},
    p.START_DTTM,
    p.END_DTTM,
    {{ lib.json_object(json_items) }}
FROM plans p
LEFT JOIN answers a ON a.FACT_CARE_PLAN_ID = p.FACT_CARE_PLAN_ID
{% endcall %}
