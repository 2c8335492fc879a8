{#- T-SQL has no CREATE TABLE IF NOT EXISTS: guard the statement with an OBJECT_ID check. -#}
{% macro tsql__create_table(schema, table) -%}
IF OBJECT_ID({{ string_literal(qualify(schema, table.name)) }}, N'U') IS NULL
BEGIN
{{ table_definition(schema, table) | indent(4, first=true) }};
END;
{%- endmacro %}
