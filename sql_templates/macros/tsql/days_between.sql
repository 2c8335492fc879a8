{#- DATEDIFF(DAY, ...) counts day boundaries crossed, i.e. calendar days. -#}
{% macro tsql__days_between(start, finish) -%}
DATEDIFF(DAY, {{ start }}, {{ finish }})
{%- endmacro %}
