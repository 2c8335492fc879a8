{#- ssd_address from eclipse: ADDRESSPERSONVIEW for persons in ssd_person, addresses current or ended
    inside the history window. The id adds the person (an Eclipse address can be shared by siblings). Each address
    field has its room in the JSON (790 characters and 122 of keys, under the column's 1,000), so it is never cut. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH addresses AS (
    SELECT a.ADDRESSID AS address_id, a.PERSONID AS person_id, a.TYPE AS address_type,
        a.STARTDATE AS start_date, a.ENDDATE AS end_date,
        UPPER(LTRIM(RTRIM(a.POSTCODE))) AS postcode,
        CONCAT('{"ROOM": ', {{ shared.json_text("a.ROOMDESCRIPTION", 100) }},
            ', "FLOOR": ', {{ shared.json_text("a.FLOORDESCRIPTION", 100) }},
            ', "FLAT": "", "BUILDING": ', {{ shared.json_text("a.BUILDINGNAMEORNUMBER", 150) }},
            ', "HOUSE": ', {{ shared.json_text("a.BUILDINGNAMEORNUMBER", 150) }},
            ', "STREET": ', {{ shared.json_text("a.STREETNAME", 150) }},
            ', "TOWN": ', {{ shared.json_text("a.TOWNORCITY", 100) }},
            ', "UPRN": ', {{ shared.json_text("a.UPRN", 40, keep_null=true) }},
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
    ad.address_json
FROM addresses ad
WHERE {{ shared.in_ssd_person(schema, "ad.person_id") }}
{% endcall %}
