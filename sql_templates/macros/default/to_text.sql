{#- An id or number as SSD text (the SSD ids are VARCHAR/NVARCHAR): an explicit CAST, never an implicit one. -#}
{% macro default__to_text(expr, length=48) -%}
CAST({{ expr }} AS VARCHAR({{ length | int }}))
{%- endmacro %}
