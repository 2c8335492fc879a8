DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cp_plans'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cp_plans";
    WITH
    ssd_bridge_fill ("cppl_cp_plan_id", "cppl_referral_id", "cppl_icpc_id", "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", "cppl_cp_plan_ola", "cppl_cp_plan_initial_category", "cppl_cp_plan_latest_category") AS (
    SELECT
        CAST(cp.FACT_CP_PLAN_ID AS VARCHAR(48)),
        CAST(NULLIF(cp.FACT_REFERRAL_ID, -1) AS VARCHAR(48)),
        CAST(NULLIF(cp.FACT_INITIAL_CP_CONFERENCE_ID, -1) AS VARCHAR(48)),
        CAST(cp.DIM_PERSON_ID AS VARCHAR(48)),
        cp.START_DTTM,
        cp.END_DTTM,
        LEFT(cp.IS_OLA, 1),
        LEFT(cp.INIT_CATEGORY_DESC, 100),
        LEFT(cp.CP_CATEGORY_DESC, 100)
    FROM "hdm"."child_social"."fact_cp_plan" cp
    WHERE cp.DIM_PERSON_ID <> -1
        AND (cp.END_DTTM IS NULL OR cp.END_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(cp.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("cppl_cp_plan_id" AS TEXT) AS "cppl_cp_plan_id", CAST("cppl_referral_id" AS TEXT) AS "cppl_referral_id", CAST("cppl_icpc_id" AS TEXT) AS "cppl_icpc_id", CAST("cppl_person_id" AS TEXT) AS "cppl_person_id", CAST("cppl_cp_plan_start_date" AS TIMESTAMP) AS "cppl_cp_plan_start_date", CAST("cppl_cp_plan_end_date" AS TIMESTAMP) AS "cppl_cp_plan_end_date", CAST("cppl_cp_plan_ola" AS TEXT) AS "cppl_cp_plan_ola", CAST("cppl_cp_plan_initial_category" AS TEXT) AS "cppl_cp_plan_initial_category", CAST("cppl_cp_plan_latest_category" AS TEXT) AS "cppl_cp_plan_latest_category"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cp_plans" ("cppl_cp_plan_id", "cppl_referral_id", "cppl_icpc_id", "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", "cppl_cp_plan_ola", "cppl_cp_plan_initial_category", "cppl_cp_plan_latest_category")
        SELECT CASE WHEN LENGTH("cppl_cp_plan_id") > 48 THEN CONCAT(LEFT("cppl_cp_plan_id", 47), '…') ELSE "cppl_cp_plan_id" END, CASE WHEN LENGTH("cppl_referral_id") > 48 THEN CONCAT(LEFT("cppl_referral_id", 47), '…') ELSE "cppl_referral_id" END, CASE WHEN LENGTH("cppl_icpc_id") > 48 THEN CONCAT(LEFT("cppl_icpc_id", 47), '…') ELSE "cppl_icpc_id" END, CASE WHEN LENGTH("cppl_person_id") > 48 THEN CONCAT(LEFT("cppl_person_id", 47), '…') ELSE "cppl_person_id" END, "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", CASE WHEN LENGTH("cppl_cp_plan_ola") > 1 THEN CONCAT(LEFT("cppl_cp_plan_ola", 0), '…') ELSE "cppl_cp_plan_ola" END, CASE WHEN LENGTH("cppl_cp_plan_initial_category") > 100 THEN CONCAT(LEFT("cppl_cp_plan_initial_category", 99), '…') ELSE "cppl_cp_plan_initial_category" END, CASE WHEN LENGTH("cppl_cp_plan_latest_category") > 100 THEN CONCAT(LEFT("cppl_cp_plan_latest_category", 99), '…') ELSE "cppl_cp_plan_latest_category" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' cppl_cp_plan_id=', COUNT(*) FILTER (WHERE LENGTH("cppl_cp_plan_id") > 48)), ' cppl_cp_plan_id=0'), NULLIF(CONCAT(' cppl_referral_id=', COUNT(*) FILTER (WHERE LENGTH("cppl_referral_id") > 48)), ' cppl_referral_id=0'), NULLIF(CONCAT(' cppl_icpc_id=', COUNT(*) FILTER (WHERE LENGTH("cppl_icpc_id") > 48)), ' cppl_icpc_id=0'), NULLIF(CONCAT(' cppl_person_id=', COUNT(*) FILTER (WHERE LENGTH("cppl_person_id") > 48)), ' cppl_person_id=0'), NULLIF(CONCAT(' cppl_cp_plan_ola=', COUNT(*) FILTER (WHERE LENGTH("cppl_cp_plan_ola") > 1)), ' cppl_cp_plan_ola=0'), NULLIF(CONCAT(' cppl_cp_plan_initial_category=', COUNT(*) FILTER (WHERE LENGTH("cppl_cp_plan_initial_category") > 100)), ' cppl_cp_plan_initial_category=0'), NULLIF(CONCAT(' cppl_cp_plan_latest_category=', COUNT(*) FILTER (WHERE LENGTH("cppl_cp_plan_latest_category") > 100)), ' cppl_cp_plan_latest_category=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cp_plans', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cp_plans', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
