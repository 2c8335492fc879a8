{#- Refill one SSD table atomically: the body (one INSERT built with insert_into(), optionally preceded
    by WITH, no closing semicolon) fills the session's load table; then delete and copy in one transaction,
    so a failed refill keeps the previous contents (XACT_ABORT is on). Over-long text is cut to the column
    (fit) and each column's cuts are reported as a message. unreadable: the columns whose unconvertible
    CMS values the fill flags (see unreadable()); counted the same way. -#}
{% macro tsql__refresh(schema, table, unreadable=()) -%}
{% set load = load_table(table) %}
{% set cut = table.columns | selectattr("length") | selectattr("type", "in", ["nvarchar", "nchar"]) | list %}
{{ message("refilling " ~ table.name) }}
BEGIN TRY
    IF OBJECT_ID(N'tempdb..{{ load | replace("[", "") | replace("]", "") }}') IS NOT NULL DROP TABLE {{ load }};
    CREATE TABLE {{ load }} ({% for c in table.columns %}{{ c.name | quote_ident }} {{ wide_type(c) }}{{ ", " if not loop.last }}{% endfor %}{% for c in unreadable %}, {{ c | unreadable_flag | quote_ident }} INT{% endfor %});
{{ caller() | trim | indent(4, first=true) }};
    BEGIN TRANSACTION;
    DELETE FROM {{ qualify(schema, table.name) }};
    INSERT INTO {{ qualify(schema, table.name) }} ({% for c in table.columns %}{{ c.name | quote_ident }}{{ ", " if not loop.last }}{% endfor %})
    SELECT {% for c in table.columns %}{{ fit(c) }}{{ ", " if not loop.last }}{% endfor %} FROM {{ load }};
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, {{ string_literal(table.name) }}, @loaded) WITH NOWAIT;
{% if cut or unreadable %}
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT {% if cut %}@cuts = CONCAT(N''{% for c in cut %}, NULLIF(CONCAT(N' {{ c.name }}=', SUM(CASE WHEN {{ text_length(c.name | quote_ident) }} > {{ c.length | int }} THEN 1 ELSE 0 END)), N' {{ c.name }}=0'){% endfor %}){{ ", " if unreadable }}{% endif %}{% if unreadable %}@unread = CONCAT(N''{% for c in unreadable %}, NULLIF(CONCAT(N' {{ c }}=', SUM(CASE WHEN {{ c | unreadable_flag | quote_ident }} = 1 THEN 1 ELSE 0 END)), N' {{ c }}=0'){% endfor %}){% endif %} FROM {{ load }};
{% if cut %}
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, {{ string_literal(table.name) }}, @cuts) WITH NOWAIT;
{% endif %}
{% if unreadable %}
    IF @unread <> N'' RAISERROR(N'ssd-bridge unreadable: %s:%s', 0, 1, {{ string_literal(table.name) }}, @unread) WITH NOWAIT;
{% endif %}
{% endif %}
    DROP TABLE {{ load }};
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
{%- endmacro %}
