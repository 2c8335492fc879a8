{#- The session-private table a refill loads into first, with unbounded text, so one over-long CMS
    value cannot stop the refill: fit() cuts it to the SSD column when it is copied across. -#}
{% macro default__load_table(table) -%}
{{ fail("a session-private load table is not implemented for this dialect") }}
{%- endmacro %}
