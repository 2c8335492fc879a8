{#- TRY_CAST gives NULL for text that is not a date (SQL Server 2012+); style-free ISO text converts. -#}
{% macro tsql__try_cast_date(expr) -%}
TRY_CAST(LEFT({{ expr }}, 10) AS DATE)
{%- endmacro %}
