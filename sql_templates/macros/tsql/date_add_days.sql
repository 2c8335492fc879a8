{#- T-SQL has no date + integer for DATE values; DATEADD does it. -#}
{% macro tsql__date_add_days(expr, days) -%}
CAST(DATEADD(DAY, {{ days }}, {{ expr }}) AS DATE)
{%- endmacro %}
