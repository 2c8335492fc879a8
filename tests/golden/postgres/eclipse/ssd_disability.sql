DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_disability'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_disability";
    SET LOCAL enable_nestloop = off;
    INSERT INTO "ssd"."ssd_disability" ("disa_table_id", "disa_person_id", "disa_disability_code")
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
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_disability', loaded;
END $$;
-- ssd-bridge: end of batch
