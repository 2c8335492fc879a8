{#- PostgreSQL adds an interval (days may be a column); a date plus an interval is a timestamp, which compares with dates. -#}
{% macro postgres__date_add_days(expr, days) -%}
({{ expr }} + {{ days }} * INTERVAL '1 day')
{%- endmacro %}
