{#- ssd_professionals from Mosaic: dm_workers who appear in ssd_involvements (loaded just before), so
    every invo_professional_id finds its professional by prof_professional_id. Caseload =
    children allocated to the worker today; department = the worker's role organisation today. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH caseload AS (
    SELECT aw.WORKER_ID AS worker_id, COUNT(DISTINCT aw.PERSON_ID) AS children
    FROM {{ src('dm_ALLOCATED_WORKERS') }} aw
    WHERE {{ shared.covers('aw.START_DATE', 'aw.END_DATE', today()) }}
    GROUP BY aw.WORKER_ID
),
departments AS (
    SELECT wr.WORKER_ID AS worker_id, MAX(o.NAME) AS name
    FROM {{ src('dm_worker_roles') }} wr
    JOIN {{ src('dm_organisations') }} o ON o.ORGANISATION_ID = wr.ORGANISATION_ID
    WHERE {{ shared.covers('wr.START_DATE', 'wr.END_DATE', today()) }}
    GROUP BY wr.WORKER_ID
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text('w.WORKER_ID', 48) }},
    {{ to_text('w.WORKER_ID', 48) }},
    LEFT(w.FULL_NAME, 300),
    NULL,  -- prof_social_worker_registration_no: the Mosaic data mart holds no Social Work England number
    NULL,  -- prof_agency_worker_flag: not held in the data mart
    NULL,  -- prof_professional_job_title: not held in the data mart
    COALESCE(c.children, 0),
    LEFT(d.name, 100),
    NULL   -- prof_full_time_equivalency: not held in the data mart
FROM {{ src('dm_workers') }} w
LEFT JOIN caseload c ON c.worker_id = w.WORKER_ID
LEFT JOIN departments d ON d.worker_id = w.WORKER_ID
WHERE EXISTS (
    SELECT 1 FROM {{ qualify(schema, 'ssd_involvements') }} i
    WHERE i.invo_professional_id = {{ to_text('w.WORKER_ID', 48) }}
)
{% endcall %}

