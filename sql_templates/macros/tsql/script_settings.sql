{#- NOCOUNT keeps row counts out of the messages tab; XACT_ABORT rolls a failed refresh back whole. -#}
{% macro tsql__script_settings() -%}
SET NOCOUNT ON;
SET XACT_ABORT ON;
{%- endmacro %}
