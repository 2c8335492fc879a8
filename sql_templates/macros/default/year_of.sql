{#- The calendar year of a date, as an integer (SQL standard EXTRACT). -#}
{% macro default__year_of(expr) -%}
CAST(EXTRACT(YEAR FROM {{ expr }}) AS INTEGER)
{%- endmacro %}
