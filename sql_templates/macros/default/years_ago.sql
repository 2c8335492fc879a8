{% macro default__years_ago(years) -%}
(CURRENT_DATE - INTERVAL '{{ years | int }} years')
{%- endmacro %}
