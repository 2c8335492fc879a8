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
    -- each part has a room of 62 characters (60 of text, fewer when escaping needs more), so the object
    -- (at most 96 + 7 x 62 + 3 x 22 characters) always fits the 1000-character column as valid JSON
    {{ lib.json_object([
        ("ROOM", "json", shared.json_text("a.ROOM_NO", 62)),
        ("FLOOR", "json", shared.json_text("a.FLOOR_NO", 62)),
        ("FLAT", "json", shared.json_text("a.FLAT_NO", 62)),
        ("BUILDING", "json", shared.json_text("a.BUILDING", 62)),
        ("HOUSE", "json", shared.json_text("a.HOUSE_NO", 62)),
        ("STREET", "json", shared.json_text("a.STREET", 62)),
        ("TOWN", "json", shared.json_text("a.TOWN", 62)),
        ("UPRN", "text", "COALESCE(" ~ to_text("a.UPRN", 20) ~ ", '')"),
        ("EASTING", "text", "COALESCE(" ~ to_text("a.EASTING", 20) ~ ", '')"),
        ("NORTHING", "text", "COALESCE(" ~ to_text("a.NORTHING", 20) ~ ", '')"),
    ]) }}
FROM {{ src('DIM_PERSON_ADDRESS') }} a
WHERE a.DIM_PERSON_ID <> -1
    AND {{ shared.in_ssd_person(schema, "a.DIM_PERSON_ID") }}
{% endcall %}
