{#- PostgreSQL has no TRY_CAST: only the documented form (spaces, an optional minus, 1-9 digits) converts, so a stray answer gives NULL, not a failed load. -#}
{% macro postgres__try_cast_int(expr) -%}
{%- set t = "TRIM(CAST(" ~ expr ~ " AS TEXT))" -%}
CASE WHEN {{ t }} ~ '^-?[0-9]{1,9}$' THEN CAST({{ t }} AS INTEGER) END
{%- endmacro %}
