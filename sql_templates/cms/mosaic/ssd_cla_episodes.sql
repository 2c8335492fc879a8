{#- ssd_cla_episodes from Mosaic: dm_cla_summaries rows (one per looked-after episode) with their period of
    care, legal status, placement split and service element, overlapping the history window. The id is
    person + episode start date (plain SQL, no helper function in the LA's database); the SSDA903 start reason is derived from
    what changed since the previous episode of the same period: S new period, L legal status only,
    P placement, T placement type with the same carer, U legal status and placement type with the same
    carer, B legal status and placement. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set iro_filter = param('iro_visit_filter', 'Child IRO Visit Date') %}
{% call refresh(schema, table) %}
WITH summaries AS (
    -- a dm_cla_summaries row is one time slice of a child's care, so (PERSON_ID, START_DATE) is its key
    SELECT cs.PERSON_ID AS person_id, cs.PERIOD_OF_CARE_ID AS period_id, cs.START_DATE AS start_date,
           cs.END_DATE AS end_date, cs.PLACEMENT_ID AS placement_id, pc.START_DATE AS period_start,
           pl.PLACEMENT_TYPE AS placement_type, pl.START_DATE AS placement_start, pl.CATEGORY_OF_NEED AS need_code,
           pl.REASON_EPISODE_CEASED AS ceased_reason, ls.LEGAL_STATUS AS legal_status, ls.START_DATE AS legal_start,
           pd.CARER_ID AS carer_id
    FROM {{ src('dm_cla_summaries') }} cs
    JOIN {{ src('dm_PERIODS_OF_CARE') }} pc ON pc.PERIOD_OF_CARE_ID = cs.PERIOD_OF_CARE_ID
    JOIN {{ src('dm_LEGAL_STATUSES') }} ls ON ls.LEGAL_STATUS_ID = cs.LEGAL_STATUS_ID
    JOIN {{ src('dm_PLACEMENTS') }} pl ON pl.PLACEMENT_ID = cs.PLACEMENT_ID AND pl.SPLIT_NUMBER = cs.PLACEMENT_SPLIT_NUMBER
    LEFT JOIN {{ src('dm_PLACEMENT_DETAILS') }} pd
           ON pd.ELEMENT_DETAIL_ID = cs.ELEMENT_DETAIL_ID AND pd.SPLIT_NUMBER = cs.SERVICE_SPLIT_NUMBER
),
episodes AS (
    SELECT s.person_id, s.period_id, s.start_date, s.end_date, s.placement_id, s.period_start, s.placement_type,
           s.placement_start, s.need_code, s.ceased_reason, s.legal_status, s.legal_start, s.carer_id,
           LAG(s.carer_id) OVER (PARTITION BY s.period_id ORDER BY s.start_date) AS prev_carer,
           LAG(s.placement_type) OVER (PARTITION BY s.period_id ORDER BY s.start_date) AS prev_type
    FROM summaries s
),
iro AS (
    SELECT e.person_id, e.start_date, MAX(fa.DATE_ANSWER) AS last_visit
    FROM episodes e
    JOIN {{ src('dm_filter_form_ans') }} fa ON fa.SUBJECT_PERSON_ID = e.person_id
    JOIN {{ src('report_filters') }} rfl ON rfl.ID = fa.FILTER_ID
    WHERE {{ code_eq('rfl.NAME', iro_filter) }}
      AND fa.DATE_ANSWER <= COALESCE(e.end_date, {{ today() }})
    GROUP BY e.person_id, e.start_date
),
{{ shared.referral_on_date("referrals", "episodes", ["person_id", "start_date"], lib.referrals, "highest_overlapping",
                            on=("ev.start_date", "ev.end_date")) }}
{{ insert_into(schema, table) }}
SELECT
    CONCAT({{ to_text('e.person_id', 20) }}, '.', {{ to_text('CAST(e.start_date AS DATE)', 10) }}),
    {{ to_text('e.person_id', 48) }},
    {{ to_text('e.placement_id', 48) }},
    e.start_date,
    CASE
        WHEN CAST(e.start_date AS DATE) = CAST(e.period_start AS DATE) THEN 'S'
        WHEN CAST(e.placement_start AS DATE) < CAST(e.start_date AS DATE) THEN 'L'
        WHEN CAST(e.legal_start AS DATE) < CAST(e.start_date AS DATE) THEN
            CASE WHEN e.prev_carer = e.carer_id AND e.prev_type <> e.placement_type THEN 'T' ELSE 'P' END
        WHEN e.prev_carer = e.carer_id THEN 'U'
        ELSE 'B'
    END,
    LEFT(e.need_code, 3),
    e.end_date,
    CASE WHEN e.end_date IS NOT NULL THEN LEFT({{ lib.episode_end_reason_code('e.ceased_reason') }}, 255) END,
    {{ to_text('e.period_id', 48) }},
    rf.referral_id,
    i.last_visit,
    e.period_start
FROM episodes e
LEFT JOIN referrals rf ON rf.person_id = e.person_id AND rf.start_date = e.start_date
LEFT JOIN iro i ON i.person_id = e.person_id AND i.start_date = e.start_date
WHERE {{ shared.overlaps_window('e.start_date', 'e.end_date') }}
  AND {{ shared.in_ssd_person(schema, 'e.person_id') }}
{% endcall %}

