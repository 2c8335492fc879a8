DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_disability'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_disability";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_disability" ("disa_table_id" TEXT, "disa_person_id" TEXT, "disa_disability_code" TEXT);
    SET LOCAL enable_nestloop = off;
    INSERT INTO pg_temp."ssd_load_ssd_disability" ("disa_table_id", "disa_person_id", "disa_disability_code")
    SELECT
        CAST(d.CLASSIFICATIONASSIGNMENTID AS VARCHAR(48)),
        CAST(d.PERSONID AS VARCHAR(48)),
        COALESCE(CASE WHEN cl.NAME = 'No disability' THEN 'NONE' WHEN cl.NAME = 'Mobility' THEN 'MOB' WHEN cl.NAME = 'Hand function' THEN 'HAND' WHEN cl.NAME = 'Personal care' THEN 'PC' WHEN cl.NAME = 'Incontinence' THEN 'INC' WHEN cl.NAME = 'Communication' THEN 'COMM' WHEN cl.NAME = 'Learning Disability' THEN 'LD' WHEN cl.NAME = 'Learning' THEN 'LD' WHEN cl.NAME = 'Hearing' THEN 'HEAR' WHEN cl.NAME = 'Vision' THEN 'VIS' WHEN cl.NAME = 'Behaviour' THEN 'BEH' WHEN cl.NAME = 'Consciousness' THEN 'CON' WHEN cl.NAME = 'Diagnosed autism/aspergers' THEN 'AUT' WHEN cl.NAME = 'Autistic Spectrum Disorder' THEN 'AUT' WHEN cl.NAME = 'Autism spectrum condition' THEN 'AUT' END, CASE WHEN d.NAME = 'No disability' THEN 'NONE' WHEN d.NAME = 'Mobility' THEN 'MOB' WHEN d.NAME = 'Hand function' THEN 'HAND' WHEN d.NAME = 'Personal care' THEN 'PC' WHEN d.NAME = 'Incontinence' THEN 'INC' WHEN d.NAME = 'Communication' THEN 'COMM' WHEN d.NAME = 'Learning Disability' THEN 'LD' WHEN d.NAME = 'Learning' THEN 'LD' WHEN d.NAME = 'Hearing' THEN 'HEAR' WHEN d.NAME = 'Vision' THEN 'VIS' WHEN d.NAME = 'Behaviour' THEN 'BEH' WHEN d.NAME = 'Consciousness' THEN 'CON' WHEN d.NAME = 'Diagnosed autism/aspergers' THEN 'AUT' WHEN d.NAME = 'Autistic Spectrum Disorder' THEN 'AUT' WHEN d.NAME = 'Autism spectrum condition' THEN 'AUT' END, 'DDA')
    FROM "classificationpersonview" d
    LEFT JOIN "classification" cl ON cl.ID = d.CLASSIFICATIONCODEID
    WHERE (d.CLASSIFICATIONPATHID IN (55, 58, 79, 172, 186))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(d.PERSONID AS VARCHAR(48)))
        AND COALESCE(d.STATUS, '') <> 'DELETED'
        AND (d.ENDDATE IS NULL OR d.ENDDATE >= CURRENT_DATE);
    DELETE FROM "ssd"."ssd_disability";
    INSERT INTO "ssd"."ssd_disability" ("disa_table_id", "disa_person_id", "disa_disability_code")
    SELECT CASE WHEN LENGTH("disa_table_id") > 48 THEN CONCAT(LEFT("disa_table_id", 47), '…') ELSE "disa_table_id" END, CASE WHEN LENGTH("disa_person_id") > 48 THEN CONCAT(LEFT("disa_person_id", 47), '…') ELSE "disa_person_id" END, CASE WHEN LENGTH("disa_disability_code") > 48 THEN CONCAT(LEFT("disa_disability_code", 47), '…') ELSE "disa_disability_code" END FROM pg_temp."ssd_load_ssd_disability";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_disability', loaded;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    SELECT CONCAT('', NULLIF(CONCAT(' disa_table_id=', COUNT(*) FILTER (WHERE LENGTH("disa_table_id") > 48)), ' disa_table_id=0'), NULLIF(CONCAT(' disa_person_id=', COUNT(*) FILTER (WHERE LENGTH("disa_person_id") > 48)), ' disa_person_id=0'), NULLIF(CONCAT(' disa_disability_code=', COUNT(*) FILTER (WHERE LENGTH("disa_disability_code") > 48)), ' disa_disability_code=0')), '' INTO cuts, unread FROM pg_temp."ssd_load_ssd_disability";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_disability', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_disability";
END $$;
-- ssd-bridge: end of batch
