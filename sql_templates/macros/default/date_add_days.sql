{#- A date plus a number of days (negative to go back); the result is a DATE. -#}
{% macro default__date_add_days(expr, days) -%}
{{ fail("date arithmetic (date_add_days) is not implemented for this dialect") }}
{%- endmacro %}
