{#- A date from year, month and day expressions. -#}
{% macro default__date_from_parts(year, month, day) -%}
{{ fail("building a date from parts is not implemented for this dialect") }}
{%- endmacro %}
