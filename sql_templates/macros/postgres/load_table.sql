{#- PostgreSQL: a temporary table lives in the session's own pg_temp schema; the refresh writes none, it
    finds the fill's SELECT after this name's INSERT line and loads its rows in one statement. -#}
{% macro postgres__load_table(table) -%}
pg_temp.{{ ("ssd_load_" ~ table.name) | quote_ident }}
{%- endmacro %}
