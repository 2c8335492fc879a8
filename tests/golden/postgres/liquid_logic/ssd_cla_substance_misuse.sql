DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_substance_misuse'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_cla_substance_misuse";
    INSERT INTO "ssd"."ssd_cla_substance_misuse" ("clas_substance_misuse_id", "clas_person_id", "clas_substance_misuse_date", "clas_substance_misused", "clas_intervention_received")
    SELECT
        CAST(sm.FACT_SUBSTANCE_MISUSE_ID AS VARCHAR(48)),
        CAST(sm.DIM_PERSON_ID AS VARCHAR(48)),
        sm.START_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(sm.DIM_LOOKUP_SUBSTANCE_TYPE_CODE)), 100), ''),
        LEFT(sm.ACCEPT_FLAG, 1)
    FROM "hdm"."child_social"."fact_substance_misuse" sm
    WHERE sm.DIM_PERSON_ID <> -1
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(sm.DIM_PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_substance_misuse', loaded;
END $$;
-- ssd-bridge: end of batch
