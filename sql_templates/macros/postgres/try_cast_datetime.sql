{#- PostgreSQL has no TRY_CAST: accept ISO dates (yyyy-mm-dd, optionally with a time and a time zone,
    which is dropped) and dd/mm/yyyy; anything else is NULL rather than an error. -#}
{% macro postgres__try_cast_datetime(expr) -%}
CASE WHEN CAST({{ expr }} AS TEXT) ~ '^\s*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?\s*$' THEN CAST(LEFT(TRIM(CAST({{ expr }} AS TEXT)), 19) AS TIMESTAMP) WHEN CAST({{ expr }} AS TEXT) ~ '^\s*(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])/[0-9]{4}\s*$' THEN CAST(TO_DATE(TRIM(CAST({{ expr }} AS TEXT)), 'DD/MM/YYYY') AS TIMESTAMP) END
{%- endmacro %}
