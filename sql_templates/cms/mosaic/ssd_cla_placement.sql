{#- ssd_cla_placement from Mosaic: dm_PLACEMENTS, one row per placement overlapping the history window:
    start = its first split's start, type/end/change reason from its last split (highest SPLIT_NUMBER).
    URN and provider from the placement's latest service element (dm_cla_summaries -> dm_PLACEMENT_DETAILS);
    postcode = the carer's address (dm_PLACEMENT_CARER_ADDRESSES) at the placement end, or today (the latest
    split's and latest element's carer first). Rankings run over whole tables and are joined to the
    per-placement driving set last, which keeps PostgreSQL's row estimates (and plans) sound at scale. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH firsts AS (
    SELECT ps.PLACEMENT_ID AS placement_id, MAX(ps.PERSON_ID) AS person_id, MIN(ps.START_DATE) AS start_date
    FROM {{ src('dm_PLACEMENTS') }} ps
    GROUP BY ps.PLACEMENT_ID
),
last_splits AS (
    SELECT pl.PLACEMENT_ID AS placement_id, pl.PERSON_ID AS person_id, pl.PERIOD_OF_CARE_ID AS period_id,
           pl.PLACEMENT_TYPE AS placement_type, pl.END_DATE AS end_date,
           pl.REASON_FOR_PLACEMENT_CHANGE AS change_reason,
           ROW_NUMBER() OVER (PARTITION BY pl.PLACEMENT_ID ORDER BY pl.SPLIT_NUMBER DESC) AS rn
    FROM {{ src('dm_PLACEMENTS') }} pl
),
elements AS (
    SELECT cs.PLACEMENT_ID AS placement_id, pd.OFSTED_URN AS urn, pd.CIN_PROVIDER_CATEGORY_CODE AS provider,
           ROW_NUMBER() OVER (PARTITION BY cs.PLACEMENT_ID ORDER BY cs.START_DATE DESC, cs.SERVICE_SPLIT_NUMBER DESC) AS rn
    FROM {{ src('dm_cla_summaries') }} cs
    JOIN {{ src('dm_PLACEMENT_DETAILS') }} pd
      ON pd.ELEMENT_DETAIL_ID = cs.ELEMENT_DETAIL_ID AND pd.SPLIT_NUMBER = cs.SERVICE_SPLIT_NUMBER
),
addresses AS (
    SELECT ap.PLACEMENT_ID AS placement_id, ca.POST_CODE AS postcode,
           ROW_NUMBER() OVER (PARTITION BY ap.PLACEMENT_ID
                              ORDER BY ap.SPLIT_NUMBER DESC, acs.START_DATE DESC, acs.SERVICE_SPLIT_NUMBER DESC,
                                       ca.START_DATE DESC) AS rn
    FROM {{ src('dm_PLACEMENTS') }} ap
    JOIN {{ src('dm_cla_summaries') }} acs ON acs.PLACEMENT_ID = ap.PLACEMENT_ID
    JOIN {{ src('dm_PLACEMENT_DETAILS') }} apd
      ON apd.ELEMENT_DETAIL_ID = acs.ELEMENT_DETAIL_ID AND apd.SPLIT_NUMBER = acs.SERVICE_SPLIT_NUMBER
    JOIN {{ src('dm_PLACEMENT_CARER_ADDRESSES') }} ca
      ON ca.CARER_ID = apd.CARER_ID AND {{ shared.covers('ca.START_DATE', 'ca.END_DATE', 'COALESCE(ap.END_DATE, ' ~ today() ~ ')') }}
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text('f.placement_id', 48) }},
    {{ to_text('ls.period_id', 48) }},
    {{ to_text('f.person_id', 48) }},
    f.start_date,
    LEFT({{ lib.placement_type_code('ls.placement_type') }}, 100),
    LEFT(el.urn, 48),
    NULL,  -- clap_cla_placement_distance: the data mart holds no distance from home
    LEFT(el.provider, 48),
    LEFT(UPPER(LTRIM(RTRIM(ad.postcode))), 8),
    ls.end_date,
    LEFT({{ lib.placement_change_reason_code('ls.change_reason') }}, 100)
FROM firsts f
LEFT JOIN last_splits ls ON ls.placement_id = f.placement_id AND ls.rn = 1
LEFT JOIN elements el ON el.placement_id = f.placement_id AND el.rn = 1
LEFT JOIN addresses ad ON ad.placement_id = f.placement_id AND ad.rn = 1
WHERE {{ shared.overlaps_window('f.start_date', 'ls.end_date') }}
  AND {{ shared.in_ssd_person(schema, 'f.person_id') }}
{% endcall %}

