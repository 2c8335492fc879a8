{% macro default__grant_source_read(location, tables, grantee) -%}
{{ fail("the grants script is not implemented for this dialect") }}
{%- endmacro %}
