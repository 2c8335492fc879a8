DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_immunisations'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_cla_immunisations";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_cla_immunisations" ("clai_person_id" TEXT, "clai_immunisations_status" TEXT, "clai_immunisations_status_date" TIMESTAMP);
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    WITH latest AS (
        SELECT fc.DIM_PERSON_ID, fc.IMMU_UP_TO_DATE_FLAG, fc.LAST_UPDATED_DTTM,
               ROW_NUMBER() OVER (PARTITION BY fc.DIM_PERSON_ID
                                  ORDER BY CASE WHEN fc.LAST_UPDATED_DTTM IS NULL THEN 1 ELSE 0 END, fc.LAST_UPDATED_DTTM DESC, fc.FACT_CLA_ID DESC) AS rn
        FROM "hdm"."child_social"."fact_cla" fc
        WHERE fc.DIM_PERSON_ID IS NOT NULL AND fc.DIM_PERSON_ID <> -1
    )
    INSERT INTO pg_temp."ssd_load_ssd_cla_immunisations" ("clai_person_id", "clai_immunisations_status", "clai_immunisations_status_date")
    SELECT
        CAST(l.DIM_PERSON_ID AS VARCHAR(48)),
        LEFT(l.IMMU_UP_TO_DATE_FLAG, 1),
        l.LAST_UPDATED_DTTM
    FROM latest l
    WHERE l.rn = 1
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(l.DIM_PERSON_ID AS VARCHAR(48)));
    DELETE FROM "ssd"."ssd_cla_immunisations";
    INSERT INTO "ssd"."ssd_cla_immunisations" ("clai_person_id", "clai_immunisations_status", "clai_immunisations_status_date")
    SELECT CASE WHEN LENGTH("clai_person_id") > 48 THEN CONCAT(LEFT("clai_person_id", 47), '…') ELSE "clai_person_id" END, CASE WHEN LENGTH("clai_immunisations_status") > 1 THEN CONCAT(LEFT("clai_immunisations_status", 0), '…') ELSE "clai_immunisations_status" END, "clai_immunisations_status_date" FROM pg_temp."ssd_load_ssd_cla_immunisations";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_immunisations', loaded;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    SELECT CONCAT('', NULLIF(CONCAT(' clai_person_id=', COUNT(*) FILTER (WHERE LENGTH("clai_person_id") > 48)), ' clai_person_id=0'), NULLIF(CONCAT(' clai_immunisations_status=', COUNT(*) FILTER (WHERE LENGTH("clai_immunisations_status") > 1)), ' clai_immunisations_status=0')), '' INTO cuts, unread FROM pg_temp."ssd_load_ssd_cla_immunisations";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_immunisations', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_cla_immunisations";
END $$;
-- ssd-bridge: end of batch
