{#- PostgreSQL has no TRY_CAST and a cast fails on 2023-02-31: check the documented forms (ISO yyyy-mm-dd[ hh:mm[:ss[.f][zone]]],
    zone dropped, and d/m/yyyy as the UK reads it) and the day of the month first; anything else is NULL. -#}
{% macro postgres__try_cast_datetime(expr) -%}
{%- set t = "TRIM(CAST(" ~ expr ~ " AS TEXT))" -%}
{%- set y = "(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})" -%}
{%- set iso = "^" ~ y ~ "-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$" -%}
{%- set uk = "^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/" ~ y ~ "$" -%}
{%- set month_start = "MAKE_DATE(CAST(SPLIT_PART(" ~ t ~ ", '/', 3) AS INTEGER), CAST(SPLIT_PART(" ~ t ~ ", '/', 2) AS INTEGER), 1)" -%}
CASE WHEN {{ t }} ~ '{{ iso }}' THEN CASE WHEN CAST(SUBSTRING({{ t }}, 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING({{ t }}, 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING({{ t }}, 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING({{ t }} FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN {{ t }} ~ '{{ uk }}' THEN CASE WHEN CAST(SPLIT_PART({{ t }}, '/', 1) AS INTEGER) <= EXTRACT(DAY FROM {{ month_start }} + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST({{ month_start }} + (CAST(SPLIT_PART({{ t }}, '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END
{%- endmacro %}
