{#- ssd_cla_placement from eclipse: placements built from CLA episodes of care (consecutive episodes
    at one address and type are one placement), open or ended inside the history window. Eclipse
    placement type codes are mapped to SSDA903 codes (source.params.placement_type_map adds or
    overrides; SSDA903 codes pass through; unknown codes are NULL, not a made-up code).
    The URN is NULL: these views hold no Ofsted URN (a carer's UPRN is not one);
    the distance is NULL: it needs carer addresses and the earthdistance extension. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
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
    {{ lib.placement_type_code("p.type_code") }},
    NULL,
    NULL,
    LEFT(p.provision_code, 48),
    {#- Four characters or fewer are placeholders (ZZZ, XX), not postcodes. #}
    CASE WHEN LTRIM(RTRIM(p.postcode)) LIKE '_____%' THEN LEFT(UPPER(LTRIM(RTRIM(p.postcode))), 8) END,
    p.end_date,
    LEFT({{ lib.placement_change_reason_code("p.change_reason") }}, 100)
FROM placements p
WHERE {{ shared.open_in_window("p.end_date") }}
{% endcall %}
