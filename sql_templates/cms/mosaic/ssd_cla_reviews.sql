{#- ssd_cla_reviews from Mosaic: looked-after review steps (LAC_REVIEW_CATEGORY set by the standard mapping),
    one row per child subject in ssd_person: held reviews (COMPLETED, dated LAC_REVIEW_DATE, with the
    participation code) and cancelled ones (CANCELLED, dated CANCELLED_ON, cancelled = Y, no date held).
    Period of care = the highest one open on that date. Due date from the reviews held before it in the same
    period: none -> period start + 20 working days, one -> last + 91 days, more -> last + 183 days. Kept
    when that date is in the history window; earlier reviews still count towards the due dates. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH reviews AS (
    SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
           CASE WHEN {{ code_eq('s.STEP_STATUS', 'CANCELLED') }} THEN 'Y' ELSE 'N' END AS cancelled,
           CASE WHEN {{ code_eq('s.STEP_STATUS', 'COMPLETED') }} THEN s.LAC_REVIEW_DATE END AS review_date,
           CASE WHEN {{ code_eq('s.STEP_STATUS', 'COMPLETED') }} THEN s.LAC_REVIEW_PARTICIPATION_CODE END AS participation,
           CASE WHEN {{ code_eq('s.STEP_STATUS', 'COMPLETED') }} THEN s.LAC_REVIEW_DATE ELSE s.CANCELLED_ON END AS event_date
    FROM {{ src('DM_WORKFLOW_STEPS') }} s
    JOIN {{ src('dm_subgroup_subjects') }} ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND {{ code_eq('ss.SUBJECT_TYPE_CODE', 'PER') }}
    WHERE s.LAC_REVIEW_CATEGORY IS NOT NULL
      AND (({{ code_eq('s.STEP_STATUS', 'COMPLETED') }} AND s.LAC_REVIEW_DATE IS NOT NULL)
           OR ({{ code_eq('s.STEP_STATUS', 'CANCELLED') }} AND s.CANCELLED_ON IS NOT NULL))
),
{{ shared.first_match("periods", "reviews", ["step_id", "person_id"], src('dm_PERIODS_OF_CARE') ~ " pc",
                      "pc.PERSON_ID = ev.person_id AND " ~ shared.covers('pc.START_DATE', 'pc.END_DATE', 'ev.event_date'),
                      "pc.PERIOD_OF_CARE_ID DESC", {"period_id": "pc.PERIOD_OF_CARE_ID", "period_start": "pc.START_DATE"}) }},
placed AS (
    SELECT r.step_id, r.person_id, r.cancelled, r.review_date, r.participation, r.event_date, p.period_id, p.period_start
    FROM reviews r
    LEFT JOIN periods p ON p.step_id = r.step_id AND p.person_id = r.person_id
),
held_before AS (
    SELECT r.step_id, r.person_id, COUNT(h.step_id) AS held, MAX(h.review_date) AS last_held
    FROM placed r
    LEFT JOIN placed h
           ON h.person_id = r.person_id AND h.period_id = r.period_id AND {{ code_eq('h.cancelled', 'N') }}
          AND h.review_date < r.event_date
    GROUP BY r.step_id, r.person_id
)
{{ insert_into(schema, table) }}
SELECT
    {{ lib.step_person_id('r.step_id', 'r.person_id') }},
    CAST(r.period_id AS VARCHAR(48)),
    CAST(r.person_id AS VARCHAR(48)),
    CASE
        WHEN r.period_id IS NULL THEN NULL
        WHEN b.held = 0 THEN {{ add_working_days('r.period_start', 20) }}
        WHEN b.held = 1 THEN {{ date_add_days('b.last_held', 91) }}
        ELSE {{ date_add_days('b.last_held', 183) }}
    END,
    r.review_date,
    r.cancelled,
    LEFT(r.participation, 100)
FROM placed r
JOIN held_before b ON b.step_id = r.step_id AND b.person_id = r.person_id
WHERE r.event_date >= {{ history_start() }} AND r.event_date <= {{ today() }}
  AND {{ shared.in_ssd_person(schema, 'r.person_id') }}
{% endcall %}
