{% macro default__message(text) -%}
{{ fail("progress messages are not implemented for this dialect") }}
{%- endmacro %}
