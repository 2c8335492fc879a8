{#- STRING_ESCAPE (SQL Server 2016, the oldest supported, at any compatibility level) escapes every control character
    U+0000-U+001F as JSON requires; its '\/' for '/' is undone, so both dialects write the same text as to_json. -#}
{% macro tsql__json_string(expr) -%}
CASE WHEN {{ expr }} IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST({{ expr }} AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END
{%- endmacro %}
