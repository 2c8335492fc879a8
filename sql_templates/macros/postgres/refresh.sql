{#- Refill one SSD table atomically: a DO block is one transaction, so a failed refill keeps the
    previous contents whether psql or ssd-bridge runs it. The body is one INSERT statement built
    with insert_into(), optionally preceded by WITH, and must not end with a semicolon. -#}
{% macro postgres__refresh(schema, table) -%}
{{ message("refilling " ~ table.name) }}
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM {{ qualify(schema, table.name) }};
{{ caller() | trim | indent(4, first=true) }};
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', {{ string_literal(table.name) }}, loaded;
END $$;
{%- endmacro %}
