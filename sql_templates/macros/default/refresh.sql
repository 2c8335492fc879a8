{% macro default__refresh(schema, table) -%}
{{ fail("an atomic table refresh is not implemented for this dialect") }}
{%- endmacro %}
