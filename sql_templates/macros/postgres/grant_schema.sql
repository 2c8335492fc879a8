{#- PostgreSQL: the schema is created owned by the grantee, so it owns what it creates there.
    ALTER TABLE needs ownership, so bridge tables an earlier deployment left under another owner
    are handed over. -#}
{% macro postgres__grant_schema(schema, grantee, tables) -%}
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = {{ string_literal(schema) }}) THEN
        CREATE SCHEMA {{ schema | quote_ident }} AUTHORIZATION {{ grantee | quote_ident }};
    END IF;
END $$;
GRANT USAGE, CREATE ON SCHEMA {{ schema | quote_ident }} TO {{ grantee | quote_ident }};
DO $$
DECLARE
    t TEXT;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = {{ string_literal(schema) }} AND c.relkind = 'r'
               AND c.relname IN {{ sql_list(tables) }}
    LOOP
        EXECUTE format('ALTER TABLE %I.%I OWNER TO %I', {{ string_literal(schema) }}, t, {{ string_literal(grantee) }});
    END LOOP;
END $$;
{%- endmacro %}
