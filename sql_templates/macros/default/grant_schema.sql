{% macro default__grant_schema(schema, grantee, tables) -%}
{{ fail("the grants script is not implemented for this dialect") }}
{%- endmacro %}
