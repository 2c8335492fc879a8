{#- TRY_CAST reads text by the login's language and DATEFORMAT (a British login swaps day and month of
    yyyy-mm-dd): every form here names its style, so ISO yyyy-mm-dd[ hh:mm[:ss]] (or a date value, via
    style 121), yyyymmdd and dd/mm/yyyy as the UK reads it are read the same under any login; else NULL. -#}
{% macro tsql__try_cast_datetime(expr) -%}
{%- set v = "LTRIM(RTRIM(CONVERT(NVARCHAR(40), " ~ expr ~ ", 121)))" -%}
{%- set d4 = "[0-9][0-9][0-9][0-9]" -%}
{%- set iso = d4 ~ "-[0-9][0-9]-[0-9][0-9]" -%}
CASE WHEN {{ v }} LIKE '{{ iso }}' THEN TRY_CONVERT(DATETIME, {{ v }} + N' 00:00:00', 120) WHEN {{ v }} LIKE '{{ iso }}[ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF({{ v }}, 11, 1, N' ') + N':00', 120) WHEN {{ v }} LIKE '{{ iso }}[ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' THEN TRY_CONVERT(DATETIME, STUFF(LEFT({{ v }}, 19), 11, 1, N' '), 120) WHEN {{ v }} LIKE '{{ d4 }}[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, {{ v }}, 112) WHEN {{ v }} LIKE '%_/%_/{{ d4 }}' AND {{ v }} NOT LIKE '%[^0-9/]%' AND LEN({{ v }}) <= 10 THEN TRY_CONVERT(DATETIME, {{ v }}, 103) END
{%- endmacro %}
