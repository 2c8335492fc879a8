{#- A text value as an INT when it is a whole number (spaces allowed around it), else NULL. -#}
{% macro default__try_cast_int(expr) -%}
{{ fail("try_cast_int is not implemented for this dialect") }}
{%- endmacro %}
