DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_professionals'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_professionals";
    SET LOCAL enable_nestloop = off;
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
            WHERE r.REFERENCETYPE = 'Social Work England number'
        ) rx
        WHERE rx.pick = 1
    ),
    caseloads AS (
        SELECT cw.PROFESSIONALRELATIONSHIPPERSONID AS professional_id, COUNT(DISTINCT cw.PERSONID) AS caseload
        FROM "relationshipprofessionalview" cw
        WHERE cw.ALLOCATEDWORKERCODE = 'AW'
            AND cw.STARTDATE <= CURRENT_DATE AND (cw.CLOSEDATE IS NULL OR cw.CLOSEDATE >= CURRENT_DATE)
        GROUP BY cw.PROFESSIONALRELATIONSHIPPERSONID
    )
    INSERT INTO "ssd"."ssd_professionals" ("prof_professional_id", "prof_staff_id", "prof_professional_name", "prof_social_worker_registration_no", "prof_agency_worker_flag", "prof_professional_job_title", "prof_professional_caseload", "prof_professional_department", "prof_full_time_equivalency")
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
    WHERE p.pick = 1;
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_professionals', loaded;
END $$;
-- ssd-bridge: end of batch
