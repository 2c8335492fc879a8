{#- ssd_address from eclipse: ADDRESSPERSONVIEW for persons in ssd_person, addresses current or ended
    inside the history window. The id adds the person (an Eclipse address can be shared by siblings). -#}
{% import "cms/eclipse/_lib.sql.j2" as ecl with context %}
{% call refresh(schema, table) %}
{{ prefer_hash_joins() }}
WITH addresses AS (
    SELECT a.ADDRESSID AS address_id, a.PERSONID AS person_id, a.TYPE AS address_type,
        a.STARTDATE AS start_date, a.ENDDATE AS end_date,
        UPPER(LTRIM(RTRIM(a.POSTCODE))) AS postcode,
        CONCAT('{"ROOM": "', {{ ecl.json_text("a.ROOMDESCRIPTION") }},
            '", "FLOOR": "', {{ ecl.json_text("a.FLOORDESCRIPTION") }},
            '", "FLAT": "", "BUILDING": "', {{ ecl.json_text("a.BUILDINGNAMEORNUMBER") }},
            '", "HOUSE": "', {{ ecl.json_text("a.BUILDINGNAMEORNUMBER") }},
            '", "STREET": "', {{ ecl.json_text("a.STREETNAME") }},
            '", "TOWN": "', {{ ecl.json_text("a.TOWNORCITY") }},
            '", "UPRN": ', CASE WHEN a.UPRN IS NULL THEN 'null' ELSE CONCAT('"', {{ ecl.json_text("a.UPRN") }}, '"') END,
            ', "EASTING": "", "NORTHING": ""}') AS address_json,
        ROW_NUMBER() OVER (PARTITION BY a.PERSONID, a.ADDRESSID ORDER BY a.STARTDATE, a.ENDDATE) AS repeat_no
    FROM {{ src("ADDRESSPERSONVIEW") }} a
    WHERE a.ENDDATE IS NULL OR a.ENDDATE >= {{ ecl.window_start() }}
)
{{ insert_into(schema, table) }}
SELECT
    CONCAT(ad.person_id, '-', ad.address_id, CASE WHEN ad.repeat_no > 1 THEN CONCAT('-', ad.repeat_no) END),
    sp.pers_person_id,
    ad.address_type,
    ad.start_date,
    ad.end_date,
    LEFT(ad.postcode, 15),
    LEFT(ad.address_json, 1000)
FROM addresses ad
{{ ecl.in_ssd_person(schema, "ad.person_id") }}
{% endcall %}
