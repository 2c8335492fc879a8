{#- ssd_cla_placement from eclipse: placements built from CLA episodes of care (consecutive episodes
    at one address and type are one placement), open or ended inside the history window. Eclipse
    placement type codes are mapped to SSDA903 codes (source.params.placement_type_map adds or
    overrides; SSDA903 codes pass through; unknown codes are NULL, not a made-up code).
    The URN is NULL: these views hold no Ofsted URN (a carer's UPRN is not one);
    the distance is NULL: it needs carer addresses and the earthdistance extension. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set types = dict({
    "APP_ADOPT": "A3", "CONS_ADOPT_NOTFP": "A4", "ORD_ADOPT_FP": "A5", "ORD_ADOPT_NOTFP": "A6", "NO_CHREGS": "H5",
    "CHLD_HOME": "K2", "PARENT": "P1", "IND_LIV": "P2", "RES_CARE": "R1", "NHS": "R2", "YOI": "R5", "RES_SCH": "S1",
    "REL": "U1", "REL_NOT_LT_ADOPT": "U3", "LT": "U4", "NOT_LT_ADOPT": "U6", "OTH": "Z1"},
    **param("placement_type_map", {})) %}
{% set codes_903 = ["A3", "A4", "A5", "A6", "F1", "F2", "F3", "F4", "F5", "F6", "H5", "K1", "K2", "P1", "P2", "P3", "R1",
    "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1"] %}
{% call refresh(schema, table) %}
{{ prefer_hash_joins() }}
WITH {{ lib.cla_rows(schema) }},
placements AS (
    SELECT cr.placement_id, MIN(cr.person_id) AS person_id, MIN(cr.period_id) AS period_id, MIN(cr.start_date) AS start_date,
        CASE WHEN MAX(CASE WHEN cr.end_date IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(cr.end_date) END AS end_date,
        MAX(CASE WHEN cr.episode_id = cr.placement_id THEN cr.type_code END) AS type_code,
        MAX(CASE WHEN cr.episode_id = cr.placement_id THEN cr.provision_code END) AS provision_code,
        MAX(CASE WHEN cr.episode_id = cr.placement_id THEN cr.postcode END) AS postcode,
        MAX(CASE WHEN cr.last_no = 1 THEN cr.change_reason END) AS change_reason
    FROM cla_rows cr
    GROUP BY cr.placement_id
)
{{ insert_into(schema, table) }}
SELECT
    {{ lib.id_text("p.placement_id") }},
    {{ lib.id_text("p.period_id") }},
    {{ lib.id_text("p.person_id") }},
    p.start_date,
    CASE WHEN UPPER(p.type_code) IN {{ sql_list(codes_903) }} THEN UPPER(p.type_code)
        ELSE {{ lib.map_text("p.type_code", types) }} END,
    NULL,
    NULL,
    LEFT(p.provision_code, 48),
    {#- Four characters or fewer are placeholders (ZZZ, XX), not postcodes. #}
    CASE WHEN LTRIM(RTRIM(p.postcode)) LIKE '_____%' THEN LEFT(UPPER(LTRIM(RTRIM(p.postcode))), 8) END,
    p.end_date,
    LEFT(p.change_reason, 100)
FROM placements p
WHERE {{ shared.open_in_window("p.end_date") }}
{% endcall %}
