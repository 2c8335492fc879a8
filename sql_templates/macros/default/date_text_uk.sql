{#- A date (or datetime) as dd/MM/yyyy text, NULL stays NULL: cut from the ISO text a DATE converts to. -#}
{% macro default__date_text_uk(expr) -%}
CASE WHEN {{ expr }} IS NOT NULL THEN CONCAT(SUBSTRING(CAST(CAST({{ expr }} AS DATE) AS VARCHAR(10)), 9, 2), '/',
    SUBSTRING(CAST(CAST({{ expr }} AS DATE) AS VARCHAR(10)), 6, 2), '/', SUBSTRING(CAST(CAST({{ expr }} AS DATE) AS VARCHAR(10)), 1, 4)) END
{%- endmacro %}
