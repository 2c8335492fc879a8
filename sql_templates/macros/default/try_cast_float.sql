{#- A text value as a floating-point number, or NULL when it is not a number. -#}
{% macro default__try_cast_float(expr) -%}
{{ fail("a failure-free text-to-number conversion is not implemented for this dialect") }}
{%- endmacro %}
