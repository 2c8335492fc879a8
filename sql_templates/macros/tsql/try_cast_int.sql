{#- TRY_CAST gives NULL for text that is not an integer (SQL Server 2012+). -#}
{% macro tsql__try_cast_int(expr) -%}
TRY_CAST({{ expr }} AS INT)
{%- endmacro %}
