{#- A text value as a date and time, or NULL when it is not one (one bad value must not fail a whole refill). -#}
{% macro default__try_cast_datetime(expr) -%}
{{ fail("a failure-free text-to-date conversion is not implemented for this dialect") }}
{%- endmacro %}
