{#- SQL Server: a GRANT names objects of the current database, so switch to the CMS database
    first when the location names one; the grantee needs a user there too. -#}
{% macro tsql__grant_source_read(location, tables, grantee) -%}
{% if location | length == 2 %}
-- {{ grantee }} must be a user in {{ location[0] }} as well: CREATE USER {{ grantee | quote_ident }} FOR LOGIN <its login>;
USE {{ location[0] | quote_ident }};
{{ batch_separator() }}
{% endif %}
{% for table in tables %}
GRANT SELECT ON {{ qualify(location[-1] if location else none, table) }} TO {{ grantee | quote_ident }};
{% endfor %}
{%- endmacro %}
