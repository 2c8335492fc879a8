{% macro default__current_user_name() -%}
CURRENT_USER
{%- endmacro %}
