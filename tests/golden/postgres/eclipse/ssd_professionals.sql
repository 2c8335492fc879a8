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
    WITH relationships AS (
        SELECT rp.PROFESSIONALRELATIONSHIPPERSONID AS professional_id, rp.PROFESSIONALRELATIONSHIPNAME AS professional_name,
            ROW_NUMBER() OVER (PARTITION BY rp.PROFESSIONALRELATIONSHIPPERSONID
                ORDER BY rp.STARTDATE DESC, rp.PERSONRELATIONSHIPRECORDID DESC) AS pick
        FROM "relationshipprofessionalview" rp
        WHERE rp.PROFESSIONALRELATIONSHIPPERSONID IS NOT NULL
            AND (rp.CLOSEDATE IS NULL OR rp.CLOSEDATE >= (CURRENT_DATE - INTERVAL '6 years'))
            AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(rp.PERSONID AS VARCHAR(48)))
    ),
    registrations AS (
        SELECT rx.person_id, rx.registration_no
        FROM (
            SELECT r.PERSONID AS person_id, r.REFERENCENUMBER AS registration_no,
                ROW_NUMBER() OVER (PARTITION BY r.PERSONID ORDER BY
                    CASE WHEN r.ENDDATE IS NULL THEN 0 ELSE 1 END, r.ENDDATE DESC,
                    CASE WHEN r.STARTDATE IS NULL THEN 1 ELSE 0 END, r.STARTDATE DESC, r.REFERENCENUMBER) AS pick
            FROM "referencenumberpersonview" r
            WHERE UPPER(TRIM(CAST(r.REFERENCETYPE AS VARCHAR(4000)))) = 'SOCIAL WORK ENGLAND NUMBER'
        ) rx
        WHERE rx.pick = 1
    ),
    caseloads AS (
        SELECT cw.PROFESSIONALRELATIONSHIPPERSONID AS professional_id, COUNT(DISTINCT cw.PERSONID) AS caseload
        FROM "relationshipprofessionalview" cw
        WHERE UPPER(TRIM(CAST(cw.ALLOCATEDWORKERCODE AS VARCHAR(4000)))) = 'AW'
            AND cw.STARTDATE <= CURRENT_DATE AND (cw.CLOSEDATE IS NULL OR cw.CLOSEDATE >= CURRENT_DATE)
        GROUP BY cw.PROFESSIONALRELATIONSHIPPERSONID
    ),
    ssd_bridge_fill ("prof_professional_id", "prof_staff_id", "prof_professional_name", "prof_social_worker_registration_no", "prof_agency_worker_flag", "prof_professional_job_title", "prof_professional_caseload", "prof_professional_department", "prof_full_time_equivalency") AS (
    SELECT
        CAST(p.professional_id AS VARCHAR(48)),
        CAST(p.professional_id AS VARCHAR(48)),
        LEFT(p.professional_name, 300),
        LEFT(g.registration_no, 48),
        NULL,
        NULL,
        COALESCE(c.caseload, 0),
        NULL,
        NULL
    FROM relationships p
    LEFT JOIN registrations g ON g.person_id = p.professional_id
    LEFT JOIN caseloads c ON c.professional_id = p.professional_id
    WHERE p.pick = 1
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
