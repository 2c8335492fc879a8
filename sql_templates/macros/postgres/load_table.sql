{#- PostgreSQL: a temporary table lives in the session's own pg_temp schema. -#}
{% macro postgres__load_table(table) -%}
pg_temp.{{ ("ssd_load_" ~ table.name) | quote_ident }}
{%- endmacro %}
