{#- OFFSET 0 keeps PostgreSQL from merging the derived table into the outer query, which copies each computed column into every expression that reads it. -#}
{% macro postgres__compute_once() -%}
OFFSET 0
{%- endmacro %}
