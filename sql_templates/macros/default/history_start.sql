{#- The first day of the SSD history window (ssd.history_years before today). -#}
{% macro default__history_start() -%}
{{ years_ago(history_years) }}
{%- endmacro %}
