{#- PostgreSQL builds a date with MAKE_DATE. -#}
{% macro postgres__date_from_parts(year, month, day) -%}
MAKE_DATE({{ year }}, {{ month }}, {{ day }})
{%- endmacro %}
