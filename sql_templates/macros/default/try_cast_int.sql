{#- Free-text answers may hold anything: turn text into an integer, or NULL when it is not one. -#}
{% macro default__try_cast_int(expr) -%}
{{ fail("a safe text-to-integer conversion is not implemented for this dialect") }}
{%- endmacro %}
