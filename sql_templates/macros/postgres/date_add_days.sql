{#- PostgreSQL adds whole days to a DATE with +; casting first keeps the result a DATE for timestamps too. -#}
{% macro postgres__date_add_days(expr, days) -%}
(CAST({{ expr }} AS DATE) + ({{ days }}))
{%- endmacro %}
