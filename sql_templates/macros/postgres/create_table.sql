{#- CREATE TABLE IF NOT EXISTS raises a NOTICE for every existing table on a re-run; check the catalog instead. -#}
{% macro postgres__create_table(schema, table) -%}
DO $$ BEGIN
    IF to_regclass({{ string_literal(qualify(schema, table.name)) }}) IS NULL THEN
{{ table_definition(schema, table) | indent(8, first=true) }};
    END IF;
END $$;
{%- endmacro %}
