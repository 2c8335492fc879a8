DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_health'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_cla_health";
    WITH checks AS (
        SELECT CONCAT('DT.', CAST(d.DENTAL_ID AS VARCHAR(20))) AS check_id, d.PERSON_ID AS person_id,
               'Dental Check' AS check_type, d.DENTAL_CHECK_DATE AS check_date
        FROM "dm_dental_checks" d
        UNION ALL
        SELECT CONCAT('HA.', CAST(h.HEALTH_ID AS VARCHAR(20))), h.PERSON_ID, 'Health Assessment', h.HEALTH_ASSESSMENT_DATE
        FROM "dm_health_assessments" h
        WHERE COALESCE(h.SDQ_COMPLETED, 'N') <> 'Y' AND h.SDQ_SCORE IS NULL AND h.SDQ_REASON IS NULL
    )
    INSERT INTO "ssd"."ssd_cla_health" ("clah_health_check_id", "clah_person_id", "clah_health_check_type", "clah_health_check_date", "clah_health_check_status")
    SELECT
        c.check_id,
        CAST(c.person_id AS VARCHAR(48)),
        c.check_type,
        c.check_date,
        NULL  -- clah_health_check_status: not recorded in the data mart
    FROM checks c
    WHERE c.check_date >= (CURRENT_DATE - INTERVAL '6 years') AND c.check_date <= CURRENT_DATE
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(c.person_id AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_health', loaded;
END $$;
-- ssd-bridge: end of batch
