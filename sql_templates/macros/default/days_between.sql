{#- Whole days from one date to a later one: no portable spelling, so each dialect says it. -#}
{% macro default__days_between(start, finish) -%}
{{ fail("counting days between dates is not implemented for this dialect") }}
{%- endmacro %}
