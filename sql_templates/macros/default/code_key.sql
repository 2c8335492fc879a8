{#- A CMS code as code_eq and code_in compare it: as text, surrounding spaces trimmed, upper case. -#}
{% macro default__code_key(expr) -%}
UPPER(TRIM({{ to_text(expr, 4000) }}))
{%- endmacro %}
