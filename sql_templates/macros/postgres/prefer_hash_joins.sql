{#- PostgreSQL cannot estimate filters on pivoted form answers and window row numbers (it guesses
    one row), then picks nested loops that rescan whole subqueries per row: minutes instead of
    seconds. SET LOCAL lasts only for the refresh's own transaction. -#}
{% macro postgres__prefer_hash_joins() -%}
SET LOCAL enable_nestloop = off;
{%- endmacro %}
