{#- PostgreSQL has no TRY_CAST: test the text with a pattern first, so a stray answer gives NULL, not a failed load. -#}
{% macro postgres__try_cast_int(expr) -%}
CASE WHEN {{ expr }} ~ '^\s*-?[0-9]{1,9}\s*$' THEN CAST(TRIM({{ expr }}) AS INTEGER) END
{%- endmacro %}
