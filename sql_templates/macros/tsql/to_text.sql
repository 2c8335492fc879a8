{#- The SSD text columns are NVARCHAR on SQL Server; casting to VARCHAR would go through the code page. -#}
{% macro tsql__to_text(expr, length=48) -%}
CAST({{ expr }} AS NVARCHAR({{ length | int }}))
{%- endmacro %}
