{#- T-SQL has no CREATE INDEX IF NOT EXISTS: look the index up in sys.indexes first. -#}
{% macro tsql__create_index(schema, table, index) -%}
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = {{ string_literal(index.name) }} AND object_id = OBJECT_ID({{ string_literal(qualify(schema, table.name)) }}))
    CREATE INDEX {{ index.name | quote_ident }} ON {{ qualify(schema, table.name) }} ({% for c in index.columns %}{{ c | quote_ident }}{{ ", " if not loop.last }}{% endfor %});
{%- endmacro %}
