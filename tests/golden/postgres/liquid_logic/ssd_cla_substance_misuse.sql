DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_substance_misuse'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_cla_substance_misuse";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_cla_substance_misuse" ("clas_substance_misuse_id" TEXT, "clas_person_id" TEXT, "clas_substance_misuse_date" TIMESTAMP, "clas_substance_misused" TEXT, "clas_intervention_received" TEXT);
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    INSERT INTO pg_temp."ssd_load_ssd_cla_substance_misuse" ("clas_substance_misuse_id", "clas_person_id", "clas_substance_misuse_date", "clas_substance_misused", "clas_intervention_received")
    SELECT
        CAST(sm.FACT_SUBSTANCE_MISUSE_ID AS VARCHAR(48)),
        CAST(sm.DIM_PERSON_ID AS VARCHAR(48)),
        sm.START_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(sm.DIM_LOOKUP_SUBSTANCE_TYPE_CODE)), 100), ''),
        LEFT(sm.ACCEPT_FLAG, 1)
    FROM "hdm"."child_social"."fact_substance_misuse" sm
    WHERE sm.DIM_PERSON_ID <> -1
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(sm.DIM_PERSON_ID AS VARCHAR(48)));
    DELETE FROM "ssd"."ssd_cla_substance_misuse";
    INSERT INTO "ssd"."ssd_cla_substance_misuse" ("clas_substance_misuse_id", "clas_person_id", "clas_substance_misuse_date", "clas_substance_misused", "clas_intervention_received")
    SELECT CASE WHEN LENGTH("clas_substance_misuse_id") > 48 THEN CONCAT(LEFT("clas_substance_misuse_id", 47), '…') ELSE "clas_substance_misuse_id" END, CASE WHEN LENGTH("clas_person_id") > 48 THEN CONCAT(LEFT("clas_person_id", 47), '…') ELSE "clas_person_id" END, "clas_substance_misuse_date", CASE WHEN LENGTH("clas_substance_misused") > 100 THEN CONCAT(LEFT("clas_substance_misused", 99), '…') ELSE "clas_substance_misused" END, CASE WHEN LENGTH("clas_intervention_received") > 1 THEN CONCAT(LEFT("clas_intervention_received", 0), '…') ELSE "clas_intervention_received" END FROM pg_temp."ssd_load_ssd_cla_substance_misuse";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_substance_misuse', loaded;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    SELECT CONCAT('', NULLIF(CONCAT(' clas_substance_misuse_id=', COUNT(*) FILTER (WHERE LENGTH("clas_substance_misuse_id") > 48)), ' clas_substance_misuse_id=0'), NULLIF(CONCAT(' clas_person_id=', COUNT(*) FILTER (WHERE LENGTH("clas_person_id") > 48)), ' clas_person_id=0'), NULLIF(CONCAT(' clas_substance_misused=', COUNT(*) FILTER (WHERE LENGTH("clas_substance_misused") > 100)), ' clas_substance_misused=0'), NULLIF(CONCAT(' clas_intervention_received=', COUNT(*) FILTER (WHERE LENGTH("clas_intervention_received") > 1)), ' clas_intervention_received=0')), '' INTO cuts, unread FROM pg_temp."ssd_load_ssd_cla_substance_misuse";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_substance_misuse', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_cla_substance_misuse";
END $$;
-- ssd-bridge: end of batch
