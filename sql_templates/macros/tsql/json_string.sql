{#- STRING_ESCAPE (SQL Server 2016, any compatibility level) escapes every control character U+0000-U+001F as JSON requires;
    it also writes '/' as '\/', which PostgreSQL's to_json does not: undone, so both dialects give the same text. -#}
{% macro tsql__json_string(expr) -%}
CASE WHEN {{ expr }} IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST({{ expr }} AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END
{%- endmacro %}
