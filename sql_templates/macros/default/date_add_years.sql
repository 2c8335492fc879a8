{#- A date plus a whole number of years (birthdays: date of birth plus 16), as a DATE. -#}
{% macro default__date_add_years(expr, years) -%}
{{ fail("date arithmetic (date_add_years) is not implemented for this dialect") }}
{%- endmacro %}
