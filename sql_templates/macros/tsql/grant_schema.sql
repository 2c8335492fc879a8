{#- SQL Server: CREATE TABLE/VIEW are database rights; ALTER on the schema covers indexes,
    ALTER TABLE and dropping the bridge's own objects. A schema created here belongs to the
    grantee, who then holds every right on it (granting to the owner is an error, so only a
    schema someone else owns gets the GRANT). sp_getapplock is executable by public. -#}
{% macro tsql__grant_schema(schema, grantee, tables) -%}
IF SCHEMA_ID({{ string_literal(schema) }}) IS NULL
    EXEC({{ string_literal('CREATE SCHEMA ' ~ (schema | quote_ident) ~ ' AUTHORIZATION ' ~ (grantee | quote_ident)) }});
GRANT CREATE TABLE, CREATE VIEW TO {{ grantee | quote_ident }};
IF NOT EXISTS (SELECT 1 FROM sys.schemas WHERE name = {{ string_literal(schema) }} AND principal_id = DATABASE_PRINCIPAL_ID({{ string_literal(grantee) }}))
    GRANT ALTER, SELECT, INSERT, UPDATE, DELETE ON SCHEMA::{{ schema | quote_ident }} TO {{ grantee | quote_ident }};
{%- endmacro %}
