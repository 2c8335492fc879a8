{#- The INSERT line of a refresh body: the table's load table (see load_table) and its columns in model
    order. Written inside the refresh body so a CMS query can put its WITH clause before it. -#}
{% macro default__insert_into(schema, table, columns=none) -%}
INSERT INTO {{ load_table(table) }} ({% for c in (columns or table.column_names) %}{{ c | quote_ident }}{{ ", " if not loop.last }}{% endfor %})
{%- endmacro %}
