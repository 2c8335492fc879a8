{#- A text value as a JSON string literal (quoted and escaped), or null: for building JSON text in SQL. -#}
{% macro default__json_quote(expr) -%}
{{ fail("json_quote is not implemented for this dialect") }}
{%- endmacro %}
