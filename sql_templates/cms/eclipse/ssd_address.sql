{#- ssd_address from eclipse: ADDRESSPERSONVIEW for persons in ssd_person, addresses current or ended
    inside the history window. The id adds the person (an Eclipse address can be shared by siblings). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
{{ prefer_hash_joins() }}
WITH addresses AS (
    SELECT a.ADDRESSID AS address_id, a.PERSONID AS person_id, a.TYPE AS address_type,
        a.STARTDATE AS start_date, a.ENDDATE AS end_date,
        UPPER(LTRIM(RTRIM(a.POSTCODE))) AS postcode,
        CONCAT('{"ROOM": "', {{ lib.json_text("a.ROOMDESCRIPTION") }},
            '", "FLOOR": "', {{ lib.json_text("a.FLOORDESCRIPTION") }},
            '", "FLAT": "", "BUILDING": "', {{ lib.json_text("a.BUILDINGNAMEORNUMBER") }},
            '", "HOUSE": "', {{ lib.json_text("a.BUILDINGNAMEORNUMBER") }},
            '", "STREET": "', {{ lib.json_text("a.STREETNAME") }},
            '", "TOWN": "', {{ lib.json_text("a.TOWNORCITY") }},
            '", "UPRN": ', CASE WHEN a.UPRN IS NULL THEN 'null' ELSE CONCAT('"', {{ lib.json_text("a.UPRN") }}, '"') END,
            ', "EASTING": "", "NORTHING": ""}') AS address_json,
        ROW_NUMBER() OVER (PARTITION BY a.PERSONID, a.ADDRESSID ORDER BY a.STARTDATE, a.ENDDATE) AS repeat_no
    FROM {{ src("ADDRESSPERSONVIEW") }} a
    WHERE {{ shared.open_in_window("a.ENDDATE") }}
)
{{ insert_into(schema, table) }}
SELECT
    CONCAT(ad.person_id, '-', ad.address_id, CASE WHEN ad.repeat_no > 1 THEN CONCAT('-', ad.repeat_no) END),
    {{ lib.id_text("ad.person_id") }},
    ad.address_type,
    ad.start_date,
    ad.end_date,
    LEFT(ad.postcode, 15),
    LEFT(ad.address_json, 1000)
FROM addresses ad
WHERE {{ shared.in_ssd_person(schema, "ad.person_id") }}
{% endcall %}
