{#- TRY_CAST alone reads '' as 0 and accepts '+1' and '1e1': check the documented decimal form (an optional minus, up to 15 digits, an optional fraction) first. -#}
{% macro tsql__try_cast_float(expr) -%}
{%- set t = "LTRIM(RTRIM(CAST(" ~ expr ~ " AS NVARCHAR(MAX))))" -%}
{%- set u = "CASE WHEN LEFT(" ~ t ~ ", 1) = N'-' THEN STUFF(" ~ t ~ ", 1, 1, N'') ELSE " ~ t ~ " END" -%}
CASE WHEN {{ u }} LIKE N'%[0-9]%' AND {{ u }} NOT LIKE N'%[^0-9.]%' AND {{ u }} NOT LIKE N'%.%.%' AND CHARINDEX(N'.', {{ u }} + N'.') <= 16 THEN TRY_CAST({{ t }} AS FLOAT) END
{%- endmacro %}
