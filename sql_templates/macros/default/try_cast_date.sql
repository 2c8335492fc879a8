{#- Free-text answers may hold anything: turn ISO text (yyyy-mm-dd...) into a date, or NULL. -#}
{% macro default__try_cast_date(expr) -%}
{{ fail("a safe text-to-date conversion is not implemented for this dialect") }}
{%- endmacro %}
