{#- Refill one SSD table atomically: a DO block is one transaction, so a failed refill keeps the
    previous contents whether psql or ssd-bridge runs it. The body (one INSERT built with insert_into(),
    optionally preceded by WITH, no closing semicolon) fills the load table; its rows are copied with
    over-long text cut to the column (fit), and each column's cuts are reported as a notice. unreadable:
    the columns whose unconvertible CMS values the fill flags (see unreadable()); counted the same way. -#}
{% macro postgres__refresh(schema, table, unreadable=()) -%}
{% set load = load_table(table) %}
{% set cut = table.columns | selectattr("length") | selectattr("type", "in", ["nvarchar", "nchar"]) | list %}
{{ message("refilling " ~ table.name) }}
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    DROP TABLE IF EXISTS {{ load }};
    CREATE TEMPORARY TABLE {{ load }} ({% for c in table.columns %}{{ c.name | quote_ident }} {{ wide_type(c) }}{{ ", " if not loop.last }}{% endfor %}{% for c in unreadable %}, {{ c | unreadable_flag | quote_ident }} INTEGER{% endfor %});
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
{{ caller() | trim | indent(4, first=true) }};
    DELETE FROM {{ qualify(schema, table.name) }};
    INSERT INTO {{ qualify(schema, table.name) }} ({% for c in table.columns %}{{ c.name | quote_ident }}{{ ", " if not loop.last }}{% endfor %})
    SELECT {% for c in table.columns %}{{ fit(c) }}{{ ", " if not loop.last }}{% endfor %} FROM {{ load }};
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', {{ string_literal(table.name) }}, loaded;
{% if cut or unreadable %}
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    SELECT {% if cut %}CONCAT(''{% for c in cut %}, NULLIF(CONCAT(' {{ c.name }}=', COUNT(*) FILTER (WHERE {{ text_length(c.name | quote_ident) }} > {{ c.length | int }})), ' {{ c.name }}=0'){% endfor %}){% else %}''{% endif %}, {% if unreadable %}CONCAT(''{% for c in unreadable %}, NULLIF(CONCAT(' {{ c }}=', COUNT(*) FILTER (WHERE {{ c | unreadable_flag | quote_ident }} = 1)), ' {{ c }}=0'){% endfor %}){% else %}''{% endif %} INTO cuts, unread FROM {{ load }};
{% if cut %}
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', {{ string_literal(table.name) }}, cuts; END IF;
{% endif %}
{% if unreadable %}
    IF unread <> '' THEN RAISE NOTICE 'ssd-bridge unreadable: %:%', {{ string_literal(table.name) }}, unread; END IF;
{% endif %}
{% endif %}
    DROP TABLE {{ load }};
END $$;
{%- endmacro %}
