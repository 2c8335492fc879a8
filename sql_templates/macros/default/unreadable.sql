{#- A refill's flag for one converted value: 1 when the CMS held text there (not blank) that the
    conversion could not read, so the SSD column gets NULL; the refresh counts the flags per column. -#}
{% macro default__unreadable(raw, converted) -%}
CASE WHEN {{ converted }} IS NULL AND LTRIM(RTRIM({{ to_text(raw, 4000) }})) <> '' THEN 1 END
{%- endmacro %}
