{#- T-SQL has no interval arithmetic; DATEADD adds days (days may be a column). -#}
{% macro tsql__date_add_days(expr, days) -%}
DATEADD(DAY, {{ days }}, {{ expr }})
{%- endmacro %}
