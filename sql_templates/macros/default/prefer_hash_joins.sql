{#- Placed before a refresh body whose joins are all large and set-based: on most engines the
    optimizer needs no hint, so nothing is emitted. -#}
{% macro default__prefer_hash_joins() -%}
{%- endmacro %}
