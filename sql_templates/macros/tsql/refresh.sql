{#- Refill one SSD table atomically: delete and insert in one transaction, so a failed refill
    keeps the previous contents (XACT_ABORT is on). The body is one INSERT statement built with
    insert_into(), optionally preceded by WITH, and must not end with a semicolon. -#}
{% macro tsql__refresh(schema, table) -%}
{{ message("refilling " ~ table.name) }}
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM {{ qualify(schema, table.name) }};
{{ caller() | trim | indent(4, first=true) }};
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, {{ string_literal(table.name) }}, @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
{%- endmacro %}
