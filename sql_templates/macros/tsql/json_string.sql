{#- REPLACE rather than STRING_ESCAPE or FOR JSON, so the script runs at any compatibility level:
    backslash first, then quote, CR, LF and TAB (the characters free text really holds). -#}
{% macro tsql__json_string(expr) -%}
CASE WHEN {{ expr }} IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST({{ expr }} AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END
{%- endmacro %}
