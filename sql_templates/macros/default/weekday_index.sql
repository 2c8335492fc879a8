{#- The day of the week of a date as 0 (Monday) to 6 (Sunday), whatever the server's language settings. -#}
{% macro default__weekday_index(expr) -%}
{{ fail("weekday_index is not implemented for this dialect") }}
{%- endmacro %}
