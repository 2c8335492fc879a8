{% macro default__bool_literal(value) -%}
{{ "TRUE" if value else "FALSE" }}
{%- endmacro %}
