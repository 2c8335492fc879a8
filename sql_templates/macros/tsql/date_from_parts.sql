{#- SQL Server 2012+ builds a date with DATEFROMPARTS. -#}
{% macro tsql__date_from_parts(year, month, day) -%}
DATEFROMPARTS({{ year }}, {{ month }}, {{ day }})
{%- endmacro %}
