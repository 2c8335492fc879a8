{#- T-SQL has no CREATE SCHEMA IF NOT EXISTS, and CREATE SCHEMA must start its batch: run it through EXEC. -#}
{% macro tsql__create_schema(schema) -%}
IF SCHEMA_ID({{ string_literal(schema) }}) IS NULL
    EXEC({{ string_literal('CREATE SCHEMA ' ~ (schema | quote_ident)) }});
{%- endmacro %}
