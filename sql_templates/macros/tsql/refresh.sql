{#- Refill one SSD table atomically: the body (one INSERT built with insert_into(), optionally preceded
    by WITH, no closing semicolon) fills the session's load table; then delete and copy in one transaction,
    so a failed refill keeps the previous contents (XACT_ABORT is on). Over-long text is cut to the column
    (fit) and each column's cuts are reported as a message. -#}
{% macro tsql__refresh(schema, table) -%}
{% set load = load_table(table) %}
{% set cut = table.columns | selectattr("length") | selectattr("type", "in", ["nvarchar", "nchar"]) | list %}
{{ message("refilling " ~ table.name) }}
BEGIN TRY
    IF OBJECT_ID(N'tempdb..{{ load | replace("[", "") | replace("]", "") }}') IS NOT NULL DROP TABLE {{ load }};
    CREATE TABLE {{ load }} ({% for c in table.columns %}{{ c.name | quote_ident }} {{ wide_type(c) }}{{ ", " if not loop.last }}{% endfor %});
{{ caller() | trim | indent(4, first=true) }};
    BEGIN TRANSACTION;
    DELETE FROM {{ qualify(schema, table.name) }};
    INSERT INTO {{ qualify(schema, table.name) }} ({% for c in table.columns %}{{ c.name | quote_ident }}{{ ", " if not loop.last }}{% endfor %})
    SELECT {% for c in table.columns %}{{ fit(c) }}{{ ", " if not loop.last }}{% endfor %} FROM {{ load }};
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, {{ string_literal(table.name) }}, @loaded) WITH NOWAIT;
{% if cut %}
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT({% for c in cut %}N'', NULLIF(CONCAT(N' {{ c.name }}=', SUM(CASE WHEN {{ text_length(c.name | quote_ident) }} > {{ c.length | int }} THEN 1 ELSE 0 END)), N' {{ c.name }}=0'){{ ", " if not loop.last }}{% endfor %}) FROM {{ load }};
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, {{ string_literal(table.name) }}, @cuts) WITH NOWAIT;
{% endif %}
    DROP TABLE {{ load }};
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
{%- endmacro %}
