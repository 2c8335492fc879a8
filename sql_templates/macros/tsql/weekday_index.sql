{#- DATEPART(WEEKDAY) depends on SET DATEFIRST; counting days from Monday 1 January 1900 does not. -#}
{% macro tsql__weekday_index(expr) -%}
(DATEDIFF(DAY, CAST('19000101' AS DATE), {{ expr }}) % 7)
{%- endmacro %}
