{#- PostgreSQL adds an interval; a date plus an interval is a timestamp, which compares with dates. -#}
{% macro postgres__date_add_days(expr, days) -%}
({{ expr }} + INTERVAL '{{ days | int }} days')
{%- endmacro %}
