{#- The length of a text value in characters. -#}
{% macro default__text_length(expr) -%}
LENGTH({{ expr }})
{%- endmacro %}
