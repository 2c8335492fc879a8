{#- RAISE needs PL/pgSQL, so wrap it in a DO block; psql prints it and psycopg passes it to a notice handler. -#}
{% macro postgres__message(text) -%}
DO $$ BEGIN RAISE NOTICE '%', {{ string_literal(text) }}; END $$;
{%- endmacro %}
