{#- CREATE TABLE name (columns, primary key): the statement every create_table wraps in its own guard. -#}
{% macro default__table_definition(schema, table) -%}
CREATE TABLE {{ qualify(schema, table.name) }} (
{% for col in table.columns %}
    {{ column_definition(col) }}{{ "," if not loop.last or table.primary_key }}
{% endfor %}
{% if table.primary_key %}
    CONSTRAINT {{ ("pk_" ~ table.name) | quote_ident }} PRIMARY KEY ({% for c in table.primary_key %}{{ c | quote_ident }}{{ ", " if not loop.last }}{% endfor %})
{% endif %}
)
{%- endmacro %}
