DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_immunisations'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cla_immunisations";
    WITH latest AS (
        SELECT fc.DIM_PERSON_ID, fc.IMMU_UP_TO_DATE_FLAG, fc.LAST_UPDATED_DTTM,
               ROW_NUMBER() OVER (PARTITION BY fc.DIM_PERSON_ID
                                  ORDER BY CASE WHEN fc.LAST_UPDATED_DTTM IS NULL THEN 1 ELSE 0 END, fc.LAST_UPDATED_DTTM DESC, fc.FACT_CLA_ID DESC) AS rn
        FROM "hdm"."child_social"."fact_cla" fc
        WHERE fc.DIM_PERSON_ID IS NOT NULL AND fc.DIM_PERSON_ID <> -1
    ),
    ssd_bridge_fill ("clai_person_id", "clai_immunisations_status", "clai_immunisations_status_date") AS (
    SELECT
        CAST(l.DIM_PERSON_ID AS VARCHAR(48)),
        LEFT(l.IMMU_UP_TO_DATE_FLAG, 1),
        l.LAST_UPDATED_DTTM
    FROM latest l
    WHERE l.rn = 1
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(l.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("clai_person_id" AS TEXT) AS "clai_person_id", CAST("clai_immunisations_status" AS TEXT) AS "clai_immunisations_status", CAST("clai_immunisations_status_date" AS TIMESTAMP) AS "clai_immunisations_status_date"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cla_immunisations" ("clai_person_id", "clai_immunisations_status", "clai_immunisations_status_date")
        SELECT CASE WHEN LENGTH("clai_person_id") > 48 THEN CONCAT(LEFT("clai_person_id", 47), '…') ELSE "clai_person_id" END, CASE WHEN LENGTH("clai_immunisations_status") > 1 THEN CONCAT(LEFT("clai_immunisations_status", 0), '…') ELSE "clai_immunisations_status" END, "clai_immunisations_status_date" FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' clai_person_id=', COUNT(*) FILTER (WHERE LENGTH("clai_person_id") > 48)), ' clai_person_id=0'), NULLIF(CONCAT(' clai_immunisations_status=', COUNT(*) FILTER (WHERE LENGTH("clai_immunisations_status") > 1)), ' clai_immunisations_status=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_immunisations', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_immunisations', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
