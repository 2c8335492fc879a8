{% macro default__create_table(schema, table) -%}
{{ table_definition(schema, table) | replace("CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ", 1) }};
{%- endmacro %}
