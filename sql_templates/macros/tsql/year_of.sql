{#- T-SQL has no EXTRACT. -#}
{% macro tsql__year_of(expr) -%}
YEAR({{ expr }})
{%- endmacro %}
