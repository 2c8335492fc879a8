{#- Whole days from the first date to the second (negative when the second is earlier). -#}
{% macro default__days_between(start, finish) -%}
{{ fail("date arithmetic (days_between) is not implemented for this dialect") }}
{%- endmacro %}
