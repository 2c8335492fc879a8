DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_professionals'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
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
    ),
    ssd_bridge_fill ("prof_professional_id", "prof_staff_id", "prof_professional_name", "prof_social_worker_registration_no", "prof_agency_worker_flag", "prof_professional_job_title", "prof_professional_caseload", "prof_professional_department", "prof_full_time_equivalency") AS (
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
        AND LOWER(LTRIM(RTRIM(w.STAFF_ID))) <> 'unknown'
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("prof_professional_id" AS TEXT) AS "prof_professional_id", CAST("prof_staff_id" AS TEXT) AS "prof_staff_id", CAST("prof_professional_name" AS TEXT) AS "prof_professional_name", CAST("prof_social_worker_registration_no" AS TEXT) AS "prof_social_worker_registration_no", CAST("prof_agency_worker_flag" AS TEXT) AS "prof_agency_worker_flag", CAST("prof_professional_job_title" AS TEXT) AS "prof_professional_job_title", CAST("prof_professional_caseload" AS INTEGER) AS "prof_professional_caseload", CAST("prof_professional_department" AS TEXT) AS "prof_professional_department", CAST("prof_full_time_equivalency" AS DOUBLE PRECISION) AS "prof_full_time_equivalency"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_professionals" ("prof_professional_id", "prof_staff_id", "prof_professional_name", "prof_social_worker_registration_no", "prof_agency_worker_flag", "prof_professional_job_title", "prof_professional_caseload", "prof_professional_department", "prof_full_time_equivalency")
        SELECT CASE WHEN LENGTH("prof_professional_id") > 48 THEN CONCAT(LEFT("prof_professional_id", 47), '…') ELSE "prof_professional_id" END, CASE WHEN LENGTH("prof_staff_id") > 48 THEN CONCAT(LEFT("prof_staff_id", 47), '…') ELSE "prof_staff_id" END, CASE WHEN LENGTH("prof_professional_name") > 300 THEN CONCAT(LEFT("prof_professional_name", 299), '…') ELSE "prof_professional_name" END, CASE WHEN LENGTH("prof_social_worker_registration_no") > 48 THEN CONCAT(LEFT("prof_social_worker_registration_no", 47), '…') ELSE "prof_social_worker_registration_no" END, CASE WHEN LENGTH("prof_agency_worker_flag") > 1 THEN CONCAT(LEFT("prof_agency_worker_flag", 0), '…') ELSE "prof_agency_worker_flag" END, CASE WHEN LENGTH("prof_professional_job_title") > 500 THEN CONCAT(LEFT("prof_professional_job_title", 499), '…') ELSE "prof_professional_job_title" END, "prof_professional_caseload", CASE WHEN LENGTH("prof_professional_department") > 100 THEN CONCAT(LEFT("prof_professional_department", 99), '…') ELSE "prof_professional_department" END, "prof_full_time_equivalency" FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' prof_professional_id=', COUNT(*) FILTER (WHERE LENGTH("prof_professional_id") > 48)), ' prof_professional_id=0'), NULLIF(CONCAT(' prof_staff_id=', COUNT(*) FILTER (WHERE LENGTH("prof_staff_id") > 48)), ' prof_staff_id=0'), NULLIF(CONCAT(' prof_professional_name=', COUNT(*) FILTER (WHERE LENGTH("prof_professional_name") > 300)), ' prof_professional_name=0'), NULLIF(CONCAT(' prof_social_worker_registration_no=', COUNT(*) FILTER (WHERE LENGTH("prof_social_worker_registration_no") > 48)), ' prof_social_worker_registration_no=0'), NULLIF(CONCAT(' prof_agency_worker_flag=', COUNT(*) FILTER (WHERE LENGTH("prof_agency_worker_flag") > 1)), ' prof_agency_worker_flag=0'), NULLIF(CONCAT(' prof_professional_job_title=', COUNT(*) FILTER (WHERE LENGTH("prof_professional_job_title") > 500)), ' prof_professional_job_title=0'), NULLIF(CONCAT(' prof_professional_department=', COUNT(*) FILTER (WHERE LENGTH("prof_professional_department") > 100)), ' prof_professional_department=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_professionals', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_professionals', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
