{#- TRY_CAST returns NULL instead of failing the whole load on one bad value. -#}
{% macro tsql__try_cast_float(expr) -%}
TRY_CAST({{ expr }} AS FLOAT)
{%- endmacro %}
