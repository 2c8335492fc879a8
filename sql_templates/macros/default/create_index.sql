{% macro default__create_index(schema, table, index) -%}
CREATE INDEX IF NOT EXISTS {{ index.name | quote_ident }} ON {{ qualify(schema, table.name) }} ({% for c in index.columns %}{{ c | quote_ident }}{{ ", " if not loop.last }}{% endfor %});
{%- endmacro %}
