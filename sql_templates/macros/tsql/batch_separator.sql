{#- GO ends a batch in SSMS, Azure Data Studio and sqlcmd; ssd-bridge deploy splits on it. -#}
{% macro tsql__batch_separator() -%}
GO
{%- endmacro %}
