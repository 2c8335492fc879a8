{% macro default__today() -%}
CURRENT_DATE
{%- endmacro %}
