{% macro default__create_schema(schema) -%}
CREATE SCHEMA IF NOT EXISTS {{ schema | quote_ident }};
{%- endmacro %}
