{#- CREATE SCHEMA IF NOT EXISTS raises a NOTICE on every re-run; a catalog check keeps the nightly output to our own messages. -#}
{% macro postgres__create_schema(schema) -%}
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = {{ string_literal(schema) }}) THEN
        CREATE SCHEMA {{ schema | quote_ident }};
    END IF;
END $$;
{%- endmacro %}
