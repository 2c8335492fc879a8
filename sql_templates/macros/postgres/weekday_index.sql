{#- ISODOW is 1 (Monday) to 7 (Sunday) regardless of locale. -#}
{% macro postgres__weekday_index(expr) -%}
(CAST(EXTRACT(ISODOW FROM {{ expr }}) AS INT) - 1)
{%- endmacro %}
