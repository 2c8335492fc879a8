{#- ssd_address from Liquid Logic: every DIM_PERSON_ADDRESS row of a child in ssd_person (all dates).
    Placeholder postcodes (all X, or "nopostcode") become NULL rather than an empty string. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("a.DIM_PERSON_ADDRESS_ID") }},
    {{ to_text("a.DIM_PERSON_ID") }},
    LEFT(a.ADDSS_TYPE_CODE, 48),
    a.START_DTTM,
    a.END_DTTM,
    CASE
        WHEN REPLACE(UPPER(REPLACE(a.POSTCODE, ' ', '')), 'X', '') = '' THEN NULL
        WHEN LOWER(REPLACE(a.POSTCODE, ' ', '')) = 'nopostcode' THEN NULL
        ELSE {{ lib.clean("a.POSTCODE", 15) }}
    END,
    -- each part is cut to 60 characters so the object always fits the 1000-character column
    {{ lib.json_object([
        ("ROOM", "text", "COALESCE(LEFT(a.ROOM_NO, 60), '')"),
        ("FLOOR", "text", "COALESCE(LEFT(a.FLOOR_NO, 60), '')"),
        ("FLAT", "text", "COALESCE(LEFT(a.FLAT_NO, 60), '')"),
        ("BUILDING", "text", "COALESCE(LEFT(a.BUILDING, 60), '')"),
        ("HOUSE", "text", "COALESCE(LEFT(a.HOUSE_NO, 60), '')"),
        ("STREET", "text", "COALESCE(LEFT(a.STREET, 60), '')"),
        ("TOWN", "text", "COALESCE(LEFT(a.TOWN, 60), '')"),
        ("UPRN", "text", "COALESCE(" ~ to_text("a.UPRN", 20) ~ ", '')"),
        ("EASTING", "text", "COALESCE(" ~ to_text("a.EASTING", 20) ~ ", '')"),
        ("NORTHING", "text", "COALESCE(" ~ to_text("a.NORTHING", 20) ~ ", '')"),
    ]) }}
FROM {{ src('DIM_PERSON_ADDRESS') }} a
WHERE a.DIM_PERSON_ID <> -1
    AND {{ shared.in_ssd_person(schema, "a.DIM_PERSON_ID") }}
{% endcall %}
