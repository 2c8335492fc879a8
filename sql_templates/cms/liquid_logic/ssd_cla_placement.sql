{#- ssd_cla_placement from Liquid Logic: FACT_CLA_PLACEMENT placements of an SSDA903 placement type
    (source.params.placement_type_codes), open or ended inside the history window, for children in
    ssd_person. The URN is the Ofsted URN (SC...) of the placement's care episodes; postcodes of four
    characters or fewer are placeholders and become NULL. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% set types = param('placement_type_codes', ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'H1', 'H2', 'H3', 'H4', 'H5', 'H5a', 'K1', 'K2', 'M2', 'M3', 'P1', 'P2', 'Q1', 'Q2', 'R1', 'R2', 'R3', 'R5', 'S1', 'T0', 'T1', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1']) %}
{{- shared.check_param("placement_type_codes", types, "list") }}
{% set unread = ["clap_cla_placement_distance"] %}
{% call refresh(schema, table, unreadable=unread) %}
WITH urns AS (
    -- one URN per placement (the highest, so the choice is repeatable)
    SELECT e.FACT_CLA_PLACEMENT_ID, MAX(e.OFSTED_URN) AS urn
    FROM {{ src('FACT_CARE_EPISODES') }} e
    WHERE e.OFSTED_URN LIKE 'SC%'
    GROUP BY e.FACT_CLA_PLACEMENT_ID
)
{{ insert_into(schema, table, unreadable=unread) }}
SELECT
    {{ to_text("pl.FACT_CLA_PLACEMENT_ID") }},
    {{ lib.id_text("pl.FACT_CLA_ID") }},
    {{ to_text("pl.DIM_PERSON_ID") }},
    pl.START_DTTM,
    {{ lib.clean("pl.DIM_LOOKUP_PLACEMENT_TYPE_CODE", 100) }},
    LEFT(u.urn, 48),
    {{ try_cast_float("pl.DISTANCE_FROM_HOME") }},
    {{ lib.clean("pl.DIM_LOOKUP_PLACEMENT_PROVIDER_CODE", 48) }},
    CASE WHEN LTRIM(RTRIM(pl.POSTCODE)) LIKE '_____%' THEN {{ lib.clean("pl.POSTCODE", 8) }} END,
    pl.END_DTTM,
    {{ lib.clean("pl.DIM_LOOKUP_PLAC_CHNG_REAS_CODE", 100) }},
    {{ unreadable("pl.DISTANCE_FROM_HOME", try_cast_float("pl.DISTANCE_FROM_HOME")) }}
FROM {{ src('FACT_CLA_PLACEMENT') }} pl
LEFT JOIN urns u ON u.FACT_CLA_PLACEMENT_ID = pl.FACT_CLA_PLACEMENT_ID
WHERE pl.FACT_CLA_PLACEMENT_ID <> -1
    AND {{ code_in('pl.DIM_LOOKUP_PLACEMENT_TYPE_CODE', types) }}
    AND {{ shared.open_in_window("pl.END_DTTM") }}
    AND {{ shared.in_ssd_person(schema, "pl.DIM_PERSON_ID") }}
{% endcall %}
