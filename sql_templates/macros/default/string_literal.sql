{% macro default__string_literal(text) -%}
'{{ text | string | replace("'", "''") }}'
{%- endmacro %}
