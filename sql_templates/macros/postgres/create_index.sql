{#- CREATE INDEX IF NOT EXISTS raises a NOTICE per existing index on a re-run; check the catalog instead. -#}
{% macro postgres__create_index(schema, table, index) -%}
DO $$ BEGIN
    IF to_regclass({{ string_literal(qualify(schema, index.name)) }}) IS NULL THEN
        CREATE INDEX {{ index.name | quote_ident }} ON {{ qualify(schema, table.name) }} ({% for c in index.columns %}{{ c | quote_ident }}{{ ", " if not loop.last }}{% endfor %});
    END IF;
END $$;
{%- endmacro %}
