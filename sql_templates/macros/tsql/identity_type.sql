{#- SQL Server spells an identity column IDENTITY(seed, increment), not the standard GENERATED form. -#}
{% macro tsql__identity_type(col) -%}
{{ sql_type(col) }} IDENTITY(1,1)
{%- endmacro %}
