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
    WITH caseload AS (
        SELECT aw.WORKER_ID AS worker_id, COUNT(DISTINCT aw.PERSON_ID) AS children
        FROM "dm_allocated_workers" aw
        WHERE aw.START_DATE <= CURRENT_DATE AND (aw.END_DATE IS NULL OR aw.END_DATE >= CURRENT_DATE)
        GROUP BY aw.WORKER_ID
    ),
    departments AS (
        SELECT wr.WORKER_ID AS worker_id, MAX(o.NAME) AS name
        FROM "dm_worker_roles" wr
        JOIN "dm_organisations" o ON o.ORGANISATION_ID = wr.ORGANISATION_ID
        WHERE wr.START_DATE <= CURRENT_DATE AND (wr.END_DATE IS NULL OR wr.END_DATE >= CURRENT_DATE)
        GROUP BY wr.WORKER_ID
    ),
    ssd_bridge_fill ("prof_professional_id", "prof_staff_id", "prof_professional_name", "prof_social_worker_registration_no", "prof_agency_worker_flag", "prof_professional_job_title", "prof_professional_caseload", "prof_professional_department", "prof_full_time_equivalency") AS (
    SELECT
        CAST(w.WORKER_ID AS VARCHAR(48)),
        CAST(w.WORKER_ID AS VARCHAR(48)),
        LEFT(w.FULL_NAME, 300),
        NULL,  -- prof_social_worker_registration_no: the Mosaic data mart holds no Social Work England number
        NULL,  -- prof_agency_worker_flag: not held in the data mart
        NULL,  -- prof_professional_job_title: not held in the data mart
        COALESCE(c.children, 0),
        LEFT(d.name, 100),
        NULL   -- prof_full_time_equivalency: not held in the data mart
    FROM "dm_workers" w
    LEFT JOIN caseload c ON c.worker_id = w.WORKER_ID
    LEFT JOIN departments d ON d.worker_id = w.WORKER_ID
    WHERE EXISTS (
        SELECT 1 FROM "ssd"."ssd_involvements" i
        WHERE i.invo_professional_id = CAST(w.WORKER_ID AS VARCHAR(48))
    )
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
