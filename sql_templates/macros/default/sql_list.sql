{#- A parenthesised list of literals for IN (...): numbers as they are, anything else as a string. -#}
{% macro default__sql_list(values) -%}
({% for v in values %}{% if v is number %}{{ v }}{% else %}{{ string_literal(v) }}{% endif %}{{ ", " if not loop.last }}{% endfor %})
{%- endmacro %}
