DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_family'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_family";
    INSERT INTO "ssd"."ssd_family" ("fami_table_id", "fami_family_id", "fami_person_id")
    SELECT DISTINCT
        CONCAT(CAST(gp.GROUPID AS VARCHAR(48)), '.', CAST(gp.PERSONID AS VARCHAR(48))),
        CAST(gp.GROUPID AS VARCHAR(48)),
        CAST(gp.PERSONID AS VARCHAR(48))
    FROM "grouppersonview" gp
    WHERE gp.GROUPID IS NOT NULL AND gp.PERSONID IS NOT NULL
        AND EXISTS (SELECT 1 FROM "groupview" g
            WHERE g.GROUPID = gp.GROUPID AND g.GROUPTYPE = 'Family')
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(gp.PERSONID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_family', loaded;
END $$;
-- ssd-bridge: end of batch
