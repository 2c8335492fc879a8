DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_immigration_status'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_immigration_status";
    SET LOCAL enable_nestloop = off;
    INSERT INTO "ssd"."ssd_immigration_status" ("immi_immigration_status_id", "immi_person_id", "immi_immigration_status_start_date", "immi_immigration_status_end_date", "immi_immigration_status")
    SELECT
        CAST(i.CLASSIFICATIONASSIGNMENTID AS VARCHAR(48)),
        CAST(i.PERSONID AS VARCHAR(48)),
        i.STARTDATE,
        i.ENDDATE,
        CASE WHEN i.CLASSIFICATIONCODEID = 423 THEN 'U'
            ELSE LEFT(COALESCE(cl.NAME, i.NAME), 100) END
    FROM "classificationpersonview" i
    LEFT JOIN "classification" cl ON cl.ID = i.CLASSIFICATIONCODEID
    WHERE (i.CLASSIFICATIONPATHID IN (1, 83))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(i.PERSONID AS VARCHAR(48)))
        AND COALESCE(i.STATUS, '') <> 'DELETED'
        AND (i.ENDDATE IS NULL OR i.ENDDATE >= (CURRENT_DATE - INTERVAL '6 years'));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_immigration_status', loaded;
END $$;
-- ssd-bridge: end of batch
