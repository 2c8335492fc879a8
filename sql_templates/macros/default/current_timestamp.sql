{% macro default__current_timestamp() -%}
CURRENT_TIMESTAMP
{%- endmacro %}
