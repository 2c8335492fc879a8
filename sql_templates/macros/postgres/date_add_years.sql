{#- PostgreSQL adds years with an interval; 29 February plus a year lands on 28 February as in T-SQL. -#}
{% macro postgres__date_add_years(expr, years) -%}
CAST(CAST({{ expr }} AS DATE) + INTERVAL '{{ years | int }} years' AS DATE)
{%- endmacro %}
