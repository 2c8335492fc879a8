{#- SQL Server calls it LEN (trailing spaces, which a cut drops silently anyway, are not counted). -#}
{% macro tsql__text_length(expr) -%}
LEN({{ expr }})
{%- endmacro %}
