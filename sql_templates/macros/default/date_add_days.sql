{#- A date/time plus a whole number of days (a number or an integer expression): no portable spelling, so each dialect says it. -#}
{% macro default__date_add_days(expr, days) -%}
{{ fail("adding days to a date is not implemented for this dialect") }}
{%- endmacro %}
