{% macro default__batch_separator() -%}
-- ssd-bridge: end of batch
{%- endmacro %}
