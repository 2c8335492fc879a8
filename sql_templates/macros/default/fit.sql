{#- One column copied from the load table into the SSD table: text longer than the model's length is cut
    to it, its last character replaced by cut_mark so extract's validation can hold the record back;
    everything else as loaded. -#}
{% macro default__fit(col) -%}
{% if col.type in ("nvarchar", "nchar") and col.length %}CASE WHEN {{ text_length(col.name | quote_ident) }} > {{ col.length | int }} THEN CONCAT(LEFT({{ col.name | quote_ident }}, {{ col.length | int - 1 }}), {{ string_literal(cut_mark) }}) ELSE {{ col.name | quote_ident }} END{% else %}{{ col.name | quote_ident }}{% endif %}
{%- endmacro %}
