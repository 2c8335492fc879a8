{#- Helpers of the Liquid Logic fills only; patterns every CMS uses are in cms/_shared/lib.sql. Imported as
    {% import "cms/liquid_logic/_lib.sql" as lib with context %}; not a table template itself.
    Liquid Logic ids are integers with -1 for "no value"; the SSD holds ids as text. -#}

{#- An integer id as SSD text, NULL for the -1 sentinel. -#}
{% macro id_text(expr, length=48) -%}
{{ to_text("NULLIF(" ~ expr ~ ", -1)", length) }}
{%- endmacro %}

{#- Sort keys that put NULLs last in either direction (PostgreSQL and SQL Server disagree on where NULLs
    sort), e.g. ORDER BY {{ nulls_last("x.START_DTTM") }} DESC. -#}
{% macro nulls_last(expr) -%}
CASE WHEN {{ expr }} IS NULL THEN 1 ELSE 0 END, {{ expr }}
{%- endmacro %}

{#- Trimmed text cut to the SSD column length; blank text is NULL. -#}
{% macro clean(expr, length) -%}
NULLIF(LEFT(LTRIM(RTRIM({{ expr }})), {{ length | int }}), '')
{%- endmacro %}

{#- A JSON object as text from (key, kind, expression) items: kind 'text' gives a JSON string (or null),
    'count' a whole number (or null; Liquid Logic stores -1 for "not recorded"), 'json' an expression that is
    already a JSON value (shared.json_text: a string with its room in the document). -#}
{% macro json_object(items) -%}
CONCAT('{'{% for key, kind, expr in items %}, '{{ "," if not loop.first }}"{{ key }}":', {% if kind == "count" %}{{ json_count(expr) }}{% elif kind == "json" %}{{ expr }}{% else %}{{ json_string(expr) }}{% endif %}{% endfor %}, '}')
{%- endmacro %}

{#- A whole number as a JSON number, or null when missing or negative. -#}
{% macro json_count(expr) -%}
COALESCE({{ to_text("CASE WHEN " ~ expr ~ " >= 0 THEN " ~ expr ~ " END", 12) }}, 'null')
{%- endmacro %}

{#- A recorded flag as up to three characters of JSON text, "" when not recorded. -#}
{% macro flag_text(expr) -%}
COALESCE(LEFT(LTRIM(RTRIM({{ expr }})), 3), '')
{%- endmacro %}

{#- A yes/no answer as Y / N / NA (upper-cased YES, NO, NA); anything else is NULL. -#}
{% macro yes_no_na(expr) -%}
CASE UPPER(LTRIM(RTRIM({{ expr }}))) WHEN 'YES' THEN 'Y' WHEN 'Y' THEN 'Y' WHEN 'NO' THEN 'N' WHEN 'N' THEN 'N' WHEN 'NA' THEN 'NA' END
{%- endmacro %}
