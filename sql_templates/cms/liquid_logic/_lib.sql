{#- Helpers of the Liquid Logic fills only; patterns every CMS uses are in cms/_shared/lib.sql. Imported as
    {% import "cms/liquid_logic/_lib.sql" as lib with context %}; not a table template itself.
    Liquid Logic ids are integers with -1 for "no value"; the SSD holds ids as text. -#}
{% import "cms/_shared/lib.sql" as shared with context %}

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
    already a JSON value (shared.json_text: a string with its room in the document), 'note' free text.
    Given the SSD column the document goes to, it is never cut into invalid JSON: each 'text' value has a room of
    12 characters and the 'note's share what the column has left (shared.json_text: cut further only when
    escaping control characters would overflow the room). -#}
{% macro json_object(items, column=none) -%}
{%- set ns = namespace(fixed=2, notes=0) -%}
{%- for key, kind, expr in items -%}
{%- set ns.fixed = ns.fixed + (key | length) + 4 + (12 if kind in ("text", "count") else 0) -%}
{%- if kind == "note" %}{% set ns.notes = ns.notes + 1 %}{% endif -%}
{%- endfor -%}
{%- set limit = (table.columns | selectattr("name", "equalto", column) | first).length if column else none -%}
{%- if (ns.notes and not limit) or (limit and ns.fixed + 12 * ns.notes > limit) %}{{ fail("json_object: the items do not fit the column " ~ column ~ ".") }}{% endif -%}
{%- set room = ((limit - ns.fixed) // ns.notes) if ns.notes else 0 -%}
CONCAT('{'{% for key, kind, expr in items %}, '{{ "," if not loop.first }}"{{ key }}":', {% if kind == "count" %}{{ json_count(expr) }}{% elif kind == "json" %}{{ expr }}{% elif kind == "note" %}{{ shared.json_text(expr, room, keep_null=true) }}{% elif limit %}{{ shared.json_text(expr, 12, keep_null=true) }}{% else %}{{ json_string(expr) }}{% endif %}{% endfor %}, '}')
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
