{#- T-SQL has no interval literals; DATEADD adds years. -#}
{% macro tsql__date_add_years(expr, years) -%}
CAST(DATEADD(YEAR, {{ years | int }}, {{ expr }}) AS DATE)
{%- endmacro %}
