{#- A date plus n working days (Monday to Friday; bank holidays are not known here). A weekend start
    counts from the Friday before, so Saturday + 1 working day is Monday. n is a whole number at render time. -#}
{% macro default__add_working_days(expr, n) -%}
{%- set weeks = (n | int) // 5 -%}
{%- set rest = (n | int) % 5 -%}
{%- set weekday = weekday_index(expr) -%}
{{ date_add_days(expr, "CASE WHEN " ~ weekday ~ " >= 4 THEN " ~ (weeks * 7 + rest) ~ " - (" ~ weekday ~ " - 4)" ~ (" + 2" if rest > 0 else "") ~ " WHEN " ~ weekday ~ " + " ~ rest ~ " >= 5 THEN " ~ (weeks * 7 + rest + 2) ~ " ELSE " ~ (weeks * 7 + rest) ~ " END") }}
{%- endmacro %}
