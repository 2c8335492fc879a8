{#- PostgreSQL has no TRY_CAST: accept ISO dates (yyyy-mm-dd, optionally with a time) and dd/mm/yyyy. -#}
{% macro postgres__try_to_datetime(expr) -%}
CASE WHEN CAST({{ expr }} AS TEXT) ~ '^\s*[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?)?\s*$' THEN CAST(TRIM(CAST({{ expr }} AS TEXT)) AS TIMESTAMP) WHEN CAST({{ expr }} AS TEXT) ~ '^\s*[0-9]{2}/[0-9]{2}/[0-9]{4}\s*$' THEN CAST(TO_DATE(TRIM(CAST({{ expr }} AS TEXT)), 'DD/MM/YYYY') AS TIMESTAMP) END
{%- endmacro %}
