{#- T-SQL has no ADD COLUMN IF NOT EXISTS: test COL_LENGTH first. Columns are added as nullable so an existing table with rows accepts them. -#}
{% macro tsql__add_missing_columns(schema, table) -%}
{% for col in table.columns if not col.identity %}
IF COL_LENGTH({{ string_literal(qualify(schema, table.name)) }}, {{ string_literal(col.name) }}) IS NULL
    ALTER TABLE {{ qualify(schema, table.name) }} ADD {{ column_definition(col) | replace(" NOT NULL", "") }};
{% endfor %}
{%- endmacro %}
