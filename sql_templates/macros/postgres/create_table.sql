{#- CREATE TABLE IF NOT EXISTS raises a NOTICE for every existing table on a re-run; check the catalog instead. -#}
{% macro postgres__create_table(schema, table) -%}
DO $$ BEGIN
    IF to_regclass({{ string_literal(qualify(schema, table.name)) }}) IS NULL THEN
        CREATE TABLE {{ qualify(schema, table.name) }} (
{% for col in table.columns %}
            {{ column_definition(col) }}{{ "," if not loop.last or table.primary_key }}
{% endfor %}
{% if table.primary_key %}
            CONSTRAINT {{ ("pk_" ~ table.name) | quote_ident }} PRIMARY KEY ({% for c in table.primary_key %}{{ c | quote_ident }}{{ ", " if not loop.last }}{% endfor %})
{% endif %}
        );
    END IF;
END $$;
{%- endmacro %}
