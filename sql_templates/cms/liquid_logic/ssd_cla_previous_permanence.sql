{#- ssd_cla_previous_permanence from Liquid Logic: one row per outcome form (template description
    containing source.params.permanence_template_text, default OUTCOME) of a child in ssd_person that
    answers a previous-permanence question (source.params.permanence_answer_nos names them). Option and
    LA are the raw answers. The order date is dd/MM/YYYY text: a day 1-31 (zero-padded), a month name or
    three-letter abbreviation, a year of four digits; an unknown part is zz (zzzz for the year), and a
    form with no date answer at all gives NULL rather than an empty date. No history window. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% set nos = param('permanence_answer_nos', {'option': 'PREVADOPTORD', 'la': 'INENG', 'day': 'ORDERDATE', 'month': 'ORDERMONTH', 'year': 'ORDERYEAR'}) %}
{{- shared.check_param("permanence_answer_nos", nos, "mapping") }}
{% for part in ('option', 'la', 'day', 'month', 'year') %}{% if part not in nos %}{{ fail("source.params.permanence_answer_nos needs the key " ~ part ~ "; see examples/cms/" ~ cms ~ ".md.") }}{% endif %}{% endfor %}
{% set months = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'] %}
{% call refresh(schema, table) %}
WITH answers AS (
    SELECT ff.FACT_FORM_ID, ff.DIM_PERSON_ID,
{% for part in ('option', 'la', 'day', 'month', 'year') %}
           MAX(CASE WHEN {{ code_eq('ffa.ANSWER_NO', nos[part]) }} THEN LTRIM(RTRIM(ffa.ANSWER)) END) AS {{ part }}_answer{{ "," if not loop.last }}
{% endfor %}
    FROM {{ src('FACT_FORM_ANSWERS') }} ffa
    JOIN {{ src('FACT_FORMS') }} ff ON ff.FACT_FORM_ID = ffa.FACT_FORM_ID
    WHERE UPPER(ffa.DIM_ASSESSMENT_TEMPLATE_ID_DESC) LIKE {{ string_literal("%" ~ (param('permanence_template_text', 'OUTCOME') | upper) ~ "%") }}
        AND {{ code_in('ffa.ANSWER_NO', [nos.option, nos.la, nos.day, nos.month, nos.year]) }}
        AND ffa.ANSWER IS NOT NULL
        AND ff.DIM_PERSON_ID <> -1
    GROUP BY ff.FACT_FORM_ID, ff.DIM_PERSON_ID
),
parts AS (
    SELECT a.*,
           CASE WHEN {{ try_cast_int("a.day_answer") }} BETWEEN 1 AND 31
                THEN RIGHT(CONCAT('0', {{ to_text(try_cast_int("a.day_answer"), 2) }}), 2) ELSE 'zz' END AS dd,
           CASE UPPER(a.month_answer){% for name in months %} WHEN '{{ name }}' THEN '{{ "%02d" % loop.index }}'{% if name != 'MAY' %} WHEN '{{ name[:3] }}' THEN '{{ "%02d" % loop.index }}'{% endif %}{% endfor %} ELSE 'zz' END AS mm,
           CASE WHEN {{ try_cast_int("a.year_answer") }} BETWEEN 1000 AND 9999
                THEN {{ to_text(try_cast_int("a.year_answer"), 4) }} ELSE 'zzzz' END AS yyyy
    FROM answers a
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("p.FACT_FORM_ID") }},
    {{ to_text("p.DIM_PERSON_ID") }},
    {{ lib.clean("p.option_answer", 200) }},
    {{ lib.clean("p.la_answer", 100) }},
    CASE WHEN p.day_answer IS NOT NULL OR p.month_answer IS NOT NULL OR p.year_answer IS NOT NULL
         THEN CONCAT(p.dd, '/', p.mm, '/', p.yyyy) END
FROM parts p
WHERE {{ shared.in_ssd_person(schema, "p.DIM_PERSON_ID") }}
{% endcall %}
