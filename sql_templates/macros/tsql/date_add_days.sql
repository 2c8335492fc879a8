{#- T-SQL has no interval literals; DATEADD does date arithmetic. -#}
{% macro tsql__date_add_days(expr, days) -%}
DATEADD(DAY, {{ days | int }}, {{ expr }})
{%- endmacro %}
