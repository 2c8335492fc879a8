{#- PostgreSQL: USAGE on the CMS schema, then SELECT on each table the mapping reads. -#}
{% macro postgres__grant_source_read(location, tables, grantee) -%}
{% if location %}
GRANT USAGE ON SCHEMA {{ location[-1] | quote_ident }} TO {{ grantee | quote_ident }};
{% endif %}
{% for table in tables %}
GRANT SELECT ON {{ qualify(location[-1] if location else none, table) }} TO {{ grantee | quote_ident }};
{% endfor %}
{%- endmacro %}
