{#- ADD COLUMN IF NOT EXISTS raises a NOTICE per existing column (hundreds a night), and information_schema takes ~10 ms a lookup; ask pg_attribute. -#}
{% macro postgres__add_missing_columns(schema, table) -%}
DO $$ BEGIN
{% for col in table.columns if not col.identity %}
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass({{ string_literal(qualify(schema, table.name)) }}) AND attname = {{ string_literal(col.name) }} AND NOT attisdropped) THEN
        ALTER TABLE {{ qualify(schema, table.name) }} ADD COLUMN {{ column_definition(col) | replace(" NOT NULL", "") }};
    END IF;
{% endfor %}
END $$;
{%- endmacro %}
