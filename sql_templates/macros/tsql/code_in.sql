{#- TRIM needs SQL Server 2017: LTRIM(RTRIM()) trims the same spaces on 2012 and later. -#}
{% macro tsql__code_in(expr, codes) -%}
{%- if not codes %}{{ fail("code_in needs at least one code") }}{% endif -%}
UPPER(LTRIM(RTRIM({{ to_text(expr, 4000) }}))) IN ({% for code in codes %}{{ ", " if not loop.first }}{{ string_literal(code | string | trim | upper) }}{% endfor %})
{%- endmacro %}
