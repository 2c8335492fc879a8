{#- A CMS code is one of the codes the template names, ignoring case and surrounding spaces, as code_eq compares. -#}
{% macro default__code_in(expr, codes) -%}
{%- if not codes %}{{ fail("code_in needs at least one code") }}{% endif -%}
{{ code_key(expr) }} IN ({% for code in codes %}{{ ", " if not loop.first }}{{ string_literal(code | string | trim | upper) }}{% endfor %})
{%- endmacro %}
