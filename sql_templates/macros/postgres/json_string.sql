{#- PostgreSQL's to_json escapes a text value exactly as JSON requires. -#}
{% macro postgres__json_string(expr) -%}
COALESCE(CAST(TO_JSON(CAST({{ expr }} AS TEXT)) AS TEXT), 'null')
{%- endmacro %}
