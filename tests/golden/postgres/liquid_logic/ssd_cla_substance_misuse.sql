DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_substance_misuse'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cla_substance_misuse";
    WITH
    ssd_bridge_fill ("clas_substance_misuse_id", "clas_person_id", "clas_substance_misuse_date", "clas_substance_misused", "clas_intervention_received") AS (
    SELECT
        CAST(sm.FACT_SUBSTANCE_MISUSE_ID AS VARCHAR(48)),
        CAST(sm.DIM_PERSON_ID AS VARCHAR(48)),
        sm.START_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(sm.DIM_LOOKUP_SUBSTANCE_TYPE_CODE)), 100), ''),
        LEFT(sm.ACCEPT_FLAG, 1)
    FROM "hdm"."child_social"."fact_substance_misuse" sm
    WHERE sm.DIM_PERSON_ID <> -1
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(sm.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("clas_substance_misuse_id" AS TEXT) AS "clas_substance_misuse_id", CAST("clas_person_id" AS TEXT) AS "clas_person_id", CAST("clas_substance_misuse_date" AS TIMESTAMP) AS "clas_substance_misuse_date", CAST("clas_substance_misused" AS TEXT) AS "clas_substance_misused", CAST("clas_intervention_received" AS TEXT) AS "clas_intervention_received"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cla_substance_misuse" ("clas_substance_misuse_id", "clas_person_id", "clas_substance_misuse_date", "clas_substance_misused", "clas_intervention_received")
        SELECT CASE WHEN LENGTH("clas_substance_misuse_id") > 48 THEN CONCAT(LEFT("clas_substance_misuse_id", 47), '…') ELSE "clas_substance_misuse_id" END, CASE WHEN LENGTH("clas_person_id") > 48 THEN CONCAT(LEFT("clas_person_id", 47), '…') ELSE "clas_person_id" END, "clas_substance_misuse_date", CASE WHEN LENGTH("clas_substance_misused") > 100 THEN CONCAT(LEFT("clas_substance_misused", 99), '…') ELSE "clas_substance_misused" END, CASE WHEN LENGTH("clas_intervention_received") > 1 THEN CONCAT(LEFT("clas_intervention_received", 0), '…') ELSE "clas_intervention_received" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' clas_substance_misuse_id=', COUNT(*) FILTER (WHERE LENGTH("clas_substance_misuse_id") > 48)), ' clas_substance_misuse_id=0'), NULLIF(CONCAT(' clas_person_id=', COUNT(*) FILTER (WHERE LENGTH("clas_person_id") > 48)), ' clas_person_id=0'), NULLIF(CONCAT(' clas_substance_misused=', COUNT(*) FILTER (WHERE LENGTH("clas_substance_misused") > 100)), ' clas_substance_misused=0'), NULLIF(CONCAT(' clas_intervention_received=', COUNT(*) FILTER (WHERE LENGTH("clas_intervention_received") > 1)), ' clas_intervention_received=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_substance_misuse', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_substance_misuse', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
