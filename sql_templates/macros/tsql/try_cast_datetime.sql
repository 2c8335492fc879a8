{#- TRY_CAST returns NULL instead of failing the whole load on one bad value (formats follow the server language). -#}
{% macro tsql__try_cast_datetime(expr) -%}
TRY_CAST({{ expr }} AS DATETIME)
{%- endmacro %}
