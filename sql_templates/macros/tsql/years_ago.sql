{#- T-SQL has no interval literals; DATEADD does date arithmetic. -#}
{% macro tsql__years_ago(years) -%}
DATEADD(YEAR, -{{ years | int }}, CAST(GETDATE() AS DATE))
{%- endmacro %}
