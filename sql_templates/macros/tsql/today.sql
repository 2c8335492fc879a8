{#- T-SQL has no CURRENT_DATE. -#}
{% macro tsql__today() -%}
CAST(GETDATE() AS DATE)
{%- endmacro %}
