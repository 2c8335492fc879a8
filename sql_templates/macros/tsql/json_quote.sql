{#- STRING_ESCAPE (SQL Server 2016+) escapes for JSON but does not add the quotes. -#}
{% macro tsql__json_quote(expr) -%}
COALESCE(N'"' + STRING_ESCAPE(CAST({{ expr }} AS NVARCHAR(MAX)), 'json') + N'"', N'null')
{%- endmacro %}
