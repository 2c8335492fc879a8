DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_professionals'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_professionals";
    WITH census_year AS (
        SELECT CASE
            WHEN CURRENT_DATE > MAKE_DATE(CAST(EXTRACT(YEAR FROM CURRENT_DATE) AS INTEGER), 9, 30) THEN CAST(EXTRACT(YEAR FROM CURRENT_DATE) AS INTEGER)
            ELSE CAST(EXTRACT(YEAR FROM CURRENT_DATE) AS INTEGER) - 1
        END AS y
    ),
    census AS (
        SELECT MAKE_DATE(cy.y, 9, 30) AS census_date,
               MAKE_DATE(cy.y - 6, 9, 30) AS earliest
        FROM census_year cy
    ),
    caseload AS (
        SELECT i.DIM_WORKER_ID, COUNT(*) AS children
        FROM "hdm"."child_social"."fact_involvements" i
        CROSS JOIN census c
        WHERE UPPER(i.IS_ALLOCATED_CW_FLAG) = 'Y'
            AND i.START_DTTM <= c.census_date
            AND i.START_DTTM >= c.earliest
            AND (i.END_DTTM IS NULL OR i.END_DTTM >= c.census_date)
        GROUP BY i.DIM_WORKER_ID
    )
    INSERT INTO "ssd"."ssd_professionals" ("prof_professional_id", "prof_staff_id", "prof_professional_name", "prof_social_worker_registration_no", "prof_agency_worker_flag", "prof_professional_job_title", "prof_professional_caseload", "prof_professional_department", "prof_full_time_equivalency")
    SELECT
        CAST(w.DIM_WORKER_ID AS VARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(w.STAFF_ID)), 48), ''),
        NULLIF(LEFT(LTRIM(RTRIM(CONCAT(w.FORENAME, ' ', w.SURNAME))), 300), ''),
        NULLIF(LEFT(LTRIM(RTRIM(w.WORKER_ID_CODE)), 48), ''),
        NULL,
        LEFT(w.JOB_TITLE, 500),
        COALESCE(cl.children, 0),
        LEFT(w.DEPARTMENT_NAME, 100),
        w.FULL_TIME_EQUIVALENCY
    FROM "hdm"."child_social"."dim_worker" w
    LEFT JOIN caseload cl ON cl.DIM_WORKER_ID = w.DIM_WORKER_ID
    WHERE w.DIM_WORKER_ID <> -1
        AND NULLIF(LTRIM(RTRIM(w.STAFF_ID)), '') IS NOT NULL
        AND LOWER(LTRIM(RTRIM(w.STAFF_ID))) <> 'unknown';
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_professionals', loaded;
END $$;
-- ssd-bridge: end of batch
