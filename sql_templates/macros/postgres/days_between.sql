{#- PostgreSQL subtracts DATEs to a number of days; cast so timestamps count calendar days. -#}
{% macro postgres__days_between(start, finish) -%}
(CAST({{ finish }} AS DATE) - CAST({{ start }} AS DATE))
{%- endmacro %}
