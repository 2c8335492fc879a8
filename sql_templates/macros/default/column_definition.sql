{% macro default__column_definition(col) -%}
{{ col.name | quote_ident }} {% if col.identity %}{{ identity_type(col) }}{% else %}{{ sql_type(col) }}{% endif %}
{%- if not col.nullable %} NOT NULL{% endif %}
{%- if col.default_now %} DEFAULT {{ current_timestamp() }}
{%- elif col.default is string %} DEFAULT {{ string_literal(col.default) }}
{%- elif col.default is not none %} DEFAULT {{ col.default }}
{%- endif %}
{%- endmacro %}
