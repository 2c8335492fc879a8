{#- ssd_cla_placement from Mosaic: dm_PLACEMENTS, one row per placement overlapping the history window:
    start = its first split's start, type/end/change reason from its last split (highest SPLIT_NUMBER).
    URN and provider from the placement's latest service element (dm_cla_summaries -> dm_PLACEMENT_DETAILS);
    postcode = that carer's address (dm_PLACEMENT_CARER_ADDRESSES) at the placement end, or today. -#}
{% import "cms/mosaic/_lib.sql" as m with context %}
{% call refresh(schema, table) %}
WITH splits AS (
    SELECT ps.PLACEMENT_ID AS placement_id, MIN(ps.START_DATE) AS start_date, MAX(ps.SPLIT_NUMBER) AS last_split
    FROM {{ src('dm_PLACEMENTS') }} ps
    GROUP BY ps.PLACEMENT_ID
),
placements AS (
    SELECT sp.placement_id, pl.PERSON_ID AS person_id, pl.PERIOD_OF_CARE_ID AS period_id,
           pl.PLACEMENT_TYPE AS placement_type, pl.END_DATE AS end_date,
           pl.REASON_FOR_PLACEMENT_CHANGE AS change_reason, sp.start_date,
           COALESCE(pl.END_DATE, {{ today() }}) AS as_at
    FROM splits sp
    JOIN {{ src('dm_PLACEMENTS') }} pl ON pl.PLACEMENT_ID = sp.placement_id AND pl.SPLIT_NUMBER = sp.last_split
    WHERE {{ m.overlaps_window('sp.start_date', 'pl.END_DATE') }}
),
elements AS (
    SELECT p.placement_id, pd.OFSTED_URN AS urn, pd.CIN_PROVIDER_CATEGORY_CODE AS provider, pd.CARER_ID AS carer_id,
           ROW_NUMBER() OVER (PARTITION BY p.placement_id ORDER BY cs.START_DATE DESC, cs.SERVICE_SPLIT_NUMBER DESC) AS rn
    FROM placements p
    JOIN {{ src('dm_cla_summaries') }} cs ON cs.PLACEMENT_ID = p.placement_id
    JOIN {{ src('dm_PLACEMENT_DETAILS') }} pd
      ON pd.ELEMENT_DETAIL_ID = cs.ELEMENT_DETAIL_ID AND pd.SPLIT_NUMBER = cs.SERVICE_SPLIT_NUMBER
),
postcodes AS (
    SELECT p.placement_id, ca.POST_CODE AS postcode,
           ROW_NUMBER() OVER (PARTITION BY p.placement_id ORDER BY ca.START_DATE DESC) AS rn
    FROM placements p
    LEFT JOIN elements el ON el.placement_id = p.placement_id AND el.rn = 1
    JOIN {{ src('dm_PLACEMENT_CARER_ADDRESSES') }} ca
      ON ca.CARER_ID = el.carer_id AND {{ m.covers('ca.START_DATE', 'ca.END_DATE', 'p.as_at') }}
)
{{ insert_into(schema, table) }}
SELECT
    CAST(p.placement_id AS VARCHAR(48)),
    CAST(p.period_id AS VARCHAR(48)),
    CAST(p.person_id AS VARCHAR(48)),
    p.start_date,
    LEFT(p.placement_type, 100),
    LEFT(el.urn, 48),
    NULL,  -- clap_cla_placement_distance: the data mart holds no distance from home
    LEFT(el.provider, 48),
    LEFT(UPPER(LTRIM(RTRIM(pc.postcode))), 8),
    p.end_date,
    LEFT(p.change_reason, 100)
FROM placements p
LEFT JOIN elements el ON el.placement_id = p.placement_id AND el.rn = 1
LEFT JOIN postcodes pc ON pc.placement_id = p.placement_id AND pc.rn = 1
WHERE {{ m.in_ssd_person(schema, 'p.person_id') }}
{% endcall %}

