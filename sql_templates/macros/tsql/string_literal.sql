{#- N'' keeps non-ASCII text intact in NVARCHAR columns whatever the database collation. -#}
{% macro tsql__string_literal(text) -%}
N'{{ text | string | replace("'", "''") }}'
{%- endmacro %}
