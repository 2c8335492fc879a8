{#- T-SQL cannot subtract dates; DATEDIFF counts day boundaries. -#}
{% macro tsql__days_between(start, finish) -%}
DATEDIFF(DAY, {{ start }}, {{ finish }})
{%- endmacro %}
