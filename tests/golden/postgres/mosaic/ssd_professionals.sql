DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_professionals'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
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
    )
    INSERT INTO "ssd"."ssd_professionals" ("prof_professional_id", "prof_staff_id", "prof_professional_name", "prof_social_worker_registration_no", "prof_agency_worker_flag", "prof_professional_job_title", "prof_professional_caseload", "prof_professional_department", "prof_full_time_equivalency")
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
    );
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_professionals', loaded;
END $$;

-- ssd-bridge: end of batch
