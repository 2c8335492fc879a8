{#- TRIM needs SQL Server 2017: LTRIM(RTRIM()) trims the same spaces on 2012 and later. -#}
{% macro tsql__code_key(expr) -%}
UPPER(LTRIM(RTRIM({{ to_text(expr, 4000) }})))
{%- endmacro %}
