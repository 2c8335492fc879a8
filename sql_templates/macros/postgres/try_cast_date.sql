{#- PostgreSQL has no TRY_CAST: accept only an ISO date prefix, so a stray answer gives NULL, not a failed load. -#}
{% macro postgres__try_cast_date(expr) -%}
CASE WHEN {{ expr }} ~ '^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])' THEN CAST(LEFT({{ expr }}, 10) AS DATE) END
{%- endmacro %}
