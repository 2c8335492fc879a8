{#- RAISERROR at severity 0 WITH NOWAIT shows at once in SSMS; PRINT waits for the batch to end. % is a format character there. -#}
{% macro tsql__message(text) -%}
RAISERROR({{ string_literal(text | replace("%", "%%")) }}, 0, 1) WITH NOWAIT;
{%- endmacro %}
