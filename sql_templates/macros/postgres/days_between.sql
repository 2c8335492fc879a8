{#- Subtracting two PostgreSQL dates gives an integer number of days. -#}
{% macro postgres__days_between(start, finish) -%}
(CAST({{ finish }} AS DATE) - CAST({{ start }} AS DATE))
{%- endmacro %}
