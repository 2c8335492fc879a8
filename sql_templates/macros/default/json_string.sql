{#- A text expression as a JSON string value (quoted and escaped), or the JSON literal null. -#}
{% macro default__json_string(expr) -%}
{{ fail("JSON string escaping is not implemented for this dialect") }}
{%- endmacro %}
