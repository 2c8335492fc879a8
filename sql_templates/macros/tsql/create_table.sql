{#- T-SQL has no CREATE TABLE IF NOT EXISTS: guard the statement with an OBJECT_ID check. -#}
{% macro tsql__create_table(schema, table) -%}
IF OBJECT_ID({{ string_literal(qualify(schema, table.name)) }}, N'U') IS NULL
BEGIN
    CREATE TABLE {{ qualify(schema, table.name) }} (
{% for col in table.columns %}
        {{ column_definition(col) }}{{ "," if not loop.last or table.primary_key }}
{% endfor %}
{% if table.primary_key %}
        CONSTRAINT {{ ("pk_" ~ table.name) | quote_ident }} PRIMARY KEY ({% for c in table.primary_key %}{{ c | quote_ident }}{{ ", " if not loop.last }}{% endfor %})
{% endif %}
    );
END;
{%- endmacro %}
