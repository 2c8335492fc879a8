{#- PostgreSQL writes a date as text in the session's DateStyle (not always ISO): an explicit pattern instead. -#}
{% macro postgres__date_text_uk(expr) -%}
TO_CHAR({{ expr }}, 'DD/MM/YYYY')
{%- endmacro %}
