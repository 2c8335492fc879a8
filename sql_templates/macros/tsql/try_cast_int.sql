{#- TRY_CAST alone reads '' as 0 and accepts '+12': check the documented form (an optional minus, 1-9 digits) first. -#}
{% macro tsql__try_cast_int(expr) -%}
{%- set t = "LTRIM(RTRIM(CAST(" ~ expr ~ " AS NVARCHAR(MAX))))" -%}
CASE WHEN LEN({{ t }}) BETWEEN 1 AND 9 AND {{ t }} NOT LIKE N'%[^0-9]%' OR LEN({{ t }}) BETWEEN 2 AND 10 AND {{ t }} LIKE N'-%' AND SUBSTRING({{ t }}, 2, 9) NOT LIKE N'%[^0-9]%' THEN TRY_CAST({{ t }} AS INT) END
{%- endmacro %}
