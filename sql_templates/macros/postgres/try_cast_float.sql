{#- PostgreSQL has no TRY_CAST: test the text for a plain decimal number first. -#}
{% macro postgres__try_cast_float(expr) -%}
CASE WHEN CAST({{ expr }} AS TEXT) ~ '^\s*[-+]?([0-9]{1,15}(\.[0-9]*)?|\.[0-9]+)\s*$' THEN CAST(TRIM(CAST({{ expr }} AS TEXT)) AS DOUBLE PRECISION) END
{%- endmacro %}
