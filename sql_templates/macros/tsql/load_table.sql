{#- SQL Server: a # name is a temporary table private to the session. -#}
{% macro tsql__load_table(table) -%}
{{ ("#ssd_load_" ~ table.name) | quote_ident }}
{%- endmacro %}
