{% macro default__script_settings() -%}
SET client_min_messages = notice;
{%- endmacro %}
