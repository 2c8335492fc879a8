{#- A CMS code equals a code the template names, ignoring case and surrounding spaces (a usual SQL Server collation
    ignores case, PostgreSQL does not): 'y', ' Y' and 'Y ' all match 'Y', the same SSD from the same data in both dialects. -#}
{% macro default__code_eq(expr, code) -%}
{{ code_key(expr) }} = {{ string_literal(code | string | trim | upper) }}
{%- endmacro %}
