{#- PostgreSQL has no TRY_CAST: only the documented decimal form (an optional minus, up to 15 digits, an optional fraction) converts. -#}
{% macro postgres__try_cast_float(expr) -%}
{%- set t = "TRIM(CAST(" ~ expr ~ " AS TEXT))" -%}
CASE WHEN {{ t }} ~ '^-?([0-9]{1,15}(\.[0-9]*)?|\.[0-9]+)$' THEN CAST({{ t }} AS DOUBLE PRECISION) END
{%- endmacro %}
