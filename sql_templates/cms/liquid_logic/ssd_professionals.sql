{#- ssd_professionals from Liquid Logic: DIM_WORKER rows with a staff id. The caseload is the number of
    allocated social-worker involvements open on the last 30 September before today (and started no
    more than ssd.history_years before it). Liquid Logic holds no agency-worker flag: it stays NULL. -#}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH census_year AS (
    SELECT CASE
        WHEN {{ today() }} > {{ date_from_parts(year_of(today()), 9, 30) }} THEN {{ year_of(today()) }}
        ELSE {{ year_of(today()) }} - 1
    END AS y
),
census AS (
    SELECT {{ date_from_parts("cy.y", 9, 30) }} AS census_date,
           {{ date_from_parts("cy.y - " ~ (history_years | int), 9, 30) }} AS earliest
    FROM census_year cy
),
caseload AS (
    SELECT i.DIM_WORKER_ID, COUNT(*) AS children
    FROM {{ src('FACT_INVOLVEMENTS') }} i
    CROSS JOIN census c
    WHERE UPPER(i.IS_ALLOCATED_CW_FLAG) = 'Y'
        AND i.START_DTTM <= c.census_date
        AND i.START_DTTM >= c.earliest
        AND (i.END_DTTM IS NULL OR i.END_DTTM >= c.census_date)
    GROUP BY i.DIM_WORKER_ID
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("w.DIM_WORKER_ID") }},
    {{ lib.clean("w.STAFF_ID", 48) }},
    NULLIF(LEFT(LTRIM(RTRIM(CONCAT(w.FORENAME, ' ', w.SURNAME))), 300), ''),
    {{ lib.clean("w.WORKER_ID_CODE", 48) }},
    NULL,
    LEFT(w.JOB_TITLE, 500),
    COALESCE(cl.children, 0),
    LEFT(w.DEPARTMENT_NAME, 100),
    w.FULL_TIME_EQUIVALENCY
FROM {{ src('DIM_WORKER') }} w
LEFT JOIN caseload cl ON cl.DIM_WORKER_ID = w.DIM_WORKER_ID
WHERE w.DIM_WORKER_ID <> -1
    AND NULLIF(LTRIM(RTRIM(w.STAFF_ID)), '') IS NOT NULL
    AND LOWER(LTRIM(RTRIM(w.STAFF_ID))) <> 'unknown'
{% endcall %}
