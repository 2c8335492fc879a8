{#- PostgreSQL has no TRY_CAST: test the text with a regular expression before casting. -#}
{% macro postgres__try_cast_int(expr) -%}
CASE WHEN TRIM(CAST({{ expr }} AS TEXT)) ~ '^[0-9]{1,9}$' THEN CAST(TRIM(CAST({{ expr }} AS TEXT)) AS INT) END
{%- endmacro %}
