{#- TRIM needs SQL Server 2017: LTRIM(RTRIM()) trims the same spaces on 2012 and later. -#}
{% macro tsql__code_eq(expr, code) -%}
UPPER(LTRIM(RTRIM({{ to_text(expr, 4000) }}))) = {{ string_literal(code | string | trim | upper) }}
{%- endmacro %}
