{#- A text value as a date and time, or NULL when it is not one. -#}
{% macro default__try_to_datetime(expr) -%}
{{ fail("a failure-free text-to-date conversion is not implemented for this dialect") }}
{%- endmacro %}
