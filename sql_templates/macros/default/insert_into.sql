{#- The INSERT line of a refresh body: the table's load table (see load_table) and its columns in model
    order. Written inside the refresh body so a CMS query can put its WITH clause before it. unreadable:
    the columns whose conversion the fill flags (the same list as refresh's), their flags last. -#}
{% macro default__insert_into(schema, table, columns=none, unreadable=()) -%}
{% for c in unreadable if c not in table.column_names %}{{ fail("the fill flags unreadable values of " ~ c ~ ", which is not a column of " ~ table.name) }}{% endfor %}
INSERT INTO {{ load_table(table) }} ({% for c in (columns or table.column_names) | list + unreadable | map("unreadable_flag") | list %}{{ c | quote_ident }}{{ ", " if not loop.last }}{% endfor %})
{%- endmacro %}
