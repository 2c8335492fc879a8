{#- TRY_CAST reads text by the login's language and DATEFORMAT (a British login swaps day and month of yyyy-mm-dd) and '' as 1900-01-01:
    check the documented forms (ISO yyyy-mm-dd[ hh:mm[:ss[.f][zone]]], zone dropped, and d/m/yyyy as the UK reads it), then convert with a style; else NULL. -#}
{% macro tsql__try_cast_datetime(expr) -%}
{%- set v = "LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), " ~ expr ~ ", 121)))" -%}
{%- set d4 = "[0-9][0-9][0-9][0-9]" -%}
{%- set iso = d4 ~ "-[0-9][0-9]-[0-9][0-9]" -%}
{%- set f = "SUBSTRING(" ~ v ~ ", 20, 4000)" -%}
{%- set g = "CASE WHEN " ~ f ~ " LIKE N'%Z' THEN LEFT(" ~ f ~ ", LEN(" ~ f ~ ") - 1) WHEN " ~ f ~ " LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(" ~ f ~ ", LEN(" ~ f ~ ") - 6) WHEN " ~ f ~ " LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(" ~ f ~ ", LEN(" ~ f ~ ") - 5) WHEN " ~ f ~ " LIKE N'%[+-][0-9][0-9]' THEN LEFT(" ~ f ~ ", LEN(" ~ f ~ ") - 3) ELSE " ~ f ~ " END" -%}
CASE WHEN {{ v }} LIKE N'{{ iso }}' THEN TRY_CONVERT(DATETIME, {{ v }} + N' 00:00:00', 120) WHEN {{ v }} LIKE N'{{ iso }}[ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF({{ v }}, 11, 1, N' ') + N':00', 120) WHEN {{ v }} LIKE N'{{ iso }}[ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH({{ g }}) = 0 OR {{ g }} LIKE N'.[0-9]%' AND SUBSTRING({{ g }}, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT({{ v }}, 19), 11, 1, N' '), 120) WHEN {{ v }} LIKE N'[0-9]/[0-9]/{{ d4 }}' OR {{ v }} LIKE N'[0-9][0-9]/[0-9]/{{ d4 }}' OR {{ v }} LIKE N'[0-9]/[0-9][0-9]/{{ d4 }}' OR {{ v }} LIKE N'[0-9][0-9]/[0-9][0-9]/{{ d4 }}' THEN TRY_CONVERT(DATETIME, {{ v }}, 103) END
{%- endmacro %}
