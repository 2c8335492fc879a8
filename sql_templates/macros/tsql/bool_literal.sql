{#- T-SQL has no TRUE/FALSE literals; a BIT column takes 1 and 0. -#}
{% macro tsql__bool_literal(value) -%}
{{ "1" if value else "0" }}
{%- endmacro %}
