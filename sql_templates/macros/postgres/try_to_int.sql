{#- PostgreSQL has no TRY_CAST: test the text first (at most 9 digits, so it always fits an INTEGER). -#}
{% macro postgres__try_to_int(expr) -%}
CASE WHEN CAST({{ expr }} AS TEXT) ~ '^\s*[-+]?[0-9]{1,9}\s*$' THEN CAST(TRIM(CAST({{ expr }} AS TEXT)) AS INTEGER) END
{%- endmacro %}
