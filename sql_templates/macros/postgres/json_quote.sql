{#- to_json on text quotes and escapes it; a NULL becomes the JSON literal null. -#}
{% macro postgres__json_quote(expr) -%}
COALESCE(CAST(to_json(CAST({{ expr }} AS TEXT)) AS TEXT), 'null')
{%- endmacro %}
