{#- Translate values with an LA-supplied mapping ({from: to}, e.g. lookup ids or descriptions to DfE
    codes); values the mapping does not name pass through unchanged (as text). -#}
{% macro default__value_map(expr, mapping, length=100) -%}
{% if mapping %}
CASE {{ to_text(expr, length) }}{% for key, value in mapping | dictsort %} WHEN {{ string_literal(key) }} THEN {{ string_literal(value) }}{% endfor %} ELSE {{ to_text(expr, length) }} END
{%- else %}
{{ to_text(expr, length) }}
{%- endif %}
{%- endmacro %}
