{#- TRY_CAST returns NULL for text that is not a number; decimals are refused like in PostgreSQL. -#}
{% macro tsql__try_cast_int(expr) -%}
CASE WHEN LTRIM(RTRIM(CAST({{ expr }} AS NVARCHAR(50)))) NOT LIKE N'%[^0-9]%' THEN TRY_CAST(LTRIM(RTRIM(CAST({{ expr }} AS NVARCHAR(50)))) AS INT) END
{%- endmacro %}
