{% macro default__add_missing_columns(schema, table) -%}
{% for col in table.columns if not col.identity %}
ALTER TABLE {{ qualify(schema, table.name) }} ADD COLUMN IF NOT EXISTS {{ column_definition(col) | replace(" NOT NULL", "") }};
{% endfor %}
{%- endmacro %}
