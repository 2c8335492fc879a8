{#- A text value as an integer, or NULL when it is not a whole number. -#}
{% macro default__try_to_int(expr) -%}
{{ fail("a failure-free text-to-integer conversion is not implemented for this dialect") }}
{%- endmacro %}
