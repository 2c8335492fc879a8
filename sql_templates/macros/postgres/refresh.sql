{#- Refill one SSD table atomically: a DO block is one transaction, so a failed refill keeps the
    previous contents whether psql or ssd-bridge runs it. The body (one INSERT built with insert_into(),
    optionally preceded by WITH, no closing semicolon) becomes one statement that writes the SSD table
    once: its SELECT is a CTE whose columns take the load table's wide types (so one over-long CMS value
    cannot stop the refill), an INSERT in a second CTE copies them with over-long text cut to the column
    (fit), and the statement's own SELECT counts the rows, each column's cuts and the unreadable values
    (see unreadable()) from the same CTE, reported as notices. No load table is written and read back. -#}
{% macro postgres__refresh(schema, table, unreadable=()) -%}
{% set line = "INSERT INTO " ~ load_table(table) ~ " (" %}
{% set body = caller() | trim %}
{% set head, found, tail = body.partition(line) %}
{% set listed, closing, select = tail.partition(")") %}
{% if not found or line in tail or (head and not head.startswith("WITH")) or not closing %}{{ fail("the fill of " ~ table.name ~ " must be [WITH ...] and one insert_into() followed by its SELECT") }}{% endif %}
{% set listed = listed.split(", ") %}
{% set flags = unreadable | map("unreadable_flag") | map("quote_ident") | list %}
{% set cut = table.columns | selectattr("length") | selectattr("type", "in", ["nvarchar", "nchar"]) | list %}
{{ message("refilling " ~ table.name) }}
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM {{ qualify(schema, table.name) }};
    {{ (head | trim ~ ",") | indent(4) if head | trim else "WITH" }}
    ssd_bridge_fill ({{ listed | join(", ") }}) AS (
{{ select | trim | indent(4, first=true) }}
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT {% for c in table.columns %}{% set name = c.name | quote_ident %}CAST({{ name if name in listed else "NULL" }} AS {{ wide_type(c) }}) AS {{ name }}{{ ", " if not loop.last or flags }}{% endfor %}{% for f in flags %}CAST({{ f if f in listed else "NULL" }} AS INTEGER) AS {{ f }}{{ ", " if not loop.last }}{% endfor %}

        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO {{ qualify(schema, table.name) }} ({% for c in table.columns %}{{ c.name | quote_ident }}{{ ", " if not loop.last }}{% endfor %})
        SELECT {% for c in table.columns %}{{ fit(c) }}{{ ", " if not loop.last }}{% endfor %} FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), {% if cut %}CONCAT(''{% for c in cut %}, NULLIF(CONCAT(' {{ c.name }}=', COUNT(*) FILTER (WHERE {{ text_length(c.name | quote_ident) }} > {{ c.length | int }})), ' {{ c.name }}=0'){% endfor %}){% else %}''{% endif %}, {% if unreadable %}CONCAT(''{% for c in unreadable %}, NULLIF(CONCAT(' {{ c }}=', COUNT(*) FILTER (WHERE {{ c | unreadable_flag | quote_ident }} = 1)), ' {{ c }}=0'){% endfor %}){% else %}''{% endif %} INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', {{ string_literal(table.name) }}, loaded;
{% if cut %}
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', {{ string_literal(table.name) }}, cuts; END IF;
{% endif %}
{% if unreadable %}
    IF unread <> '' THEN RAISE NOTICE 'ssd-bridge unreadable: %:%', {{ string_literal(table.name) }}, unread; END IF;
{% endif %}
END $$;
{%- endmacro %}
