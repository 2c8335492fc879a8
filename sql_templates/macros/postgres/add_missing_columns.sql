{#- ADD COLUMN IF NOT EXISTS raises a NOTICE per existing column (hundreds a night); check information_schema instead. -#}
{% macro postgres__add_missing_columns(schema, table) -%}
DO $$ BEGIN
{% for col in table.columns if not col.identity %}
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = {{ string_literal(schema) }} AND table_name = {{ string_literal(table.name) }} AND column_name = {{ string_literal(col.name) }}) THEN
        ALTER TABLE {{ qualify(schema, table.name) }} ADD COLUMN {{ column_definition(col) | replace(" NOT NULL", "") }};
    END IF;
{% endfor %}
END $$;
{%- endmacro %}
