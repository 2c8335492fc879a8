DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cin_plans'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cin_plans";
    WITH coordinators AS (
        SELECT fp.FACT_CARE_PLAN_SUMMARY_ID,
               MAX(NULLIF(fp.DIM_PLAN_COORD_DEPT_ID, -1)) AS team_id,
               MAX(NULLIF(fp.DIM_PLAN_COORD_ID, -1)) AS worker_id
        FROM "hdm"."child_social"."fact_care_plans" fp
        GROUP BY fp.FACT_CARE_PLAN_SUMMARY_ID
    ),
    ssd_bridge_fill ("cinp_cin_plan_id", "cinp_referral_id", "cinp_person_id", "cinp_cin_plan_start_date", "cinp_cin_plan_end_date", "cinp_cin_plan_team", "cinp_cin_plan_worker_id") AS (
    SELECT
        CAST(cps.FACT_CARE_PLAN_SUMMARY_ID AS VARCHAR(48)),
        CAST(NULLIF(cps.FACT_REFERRAL_ID, -1) AS VARCHAR(48)),
        CAST(cps.DIM_PERSON_ID AS VARCHAR(48)),
        cps.START_DTTM,
        cps.END_DTTM,
        CAST(co.team_id AS VARCHAR(48)),
        CAST(co.worker_id AS VARCHAR(100))
    FROM "hdm"."child_social"."fact_care_plan_summary" cps
    LEFT JOIN coordinators co ON co.FACT_CARE_PLAN_SUMMARY_ID = cps.FACT_CARE_PLAN_SUMMARY_ID
    WHERE cps.DIM_PERSON_ID <> -1
        AND UPPER(TRIM(CAST(cps.DIM_LOOKUP_PLAN_TYPE_CODE AS VARCHAR(4000)))) = 'FP'
        AND UPPER(COALESCE(cps.DIM_LOOKUP_PLAN_STATUS_ID_CODE, '')) <> 'Z'
        AND (cps.END_DTTM IS NULL OR cps.END_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(cps.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("cinp_cin_plan_id" AS TEXT) AS "cinp_cin_plan_id", CAST("cinp_referral_id" AS TEXT) AS "cinp_referral_id", CAST("cinp_person_id" AS TEXT) AS "cinp_person_id", CAST("cinp_cin_plan_start_date" AS TIMESTAMP) AS "cinp_cin_plan_start_date", CAST("cinp_cin_plan_end_date" AS TIMESTAMP) AS "cinp_cin_plan_end_date", CAST("cinp_cin_plan_team" AS TEXT) AS "cinp_cin_plan_team", CAST("cinp_cin_plan_worker_id" AS TEXT) AS "cinp_cin_plan_worker_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cin_plans" ("cinp_cin_plan_id", "cinp_referral_id", "cinp_person_id", "cinp_cin_plan_start_date", "cinp_cin_plan_end_date", "cinp_cin_plan_team", "cinp_cin_plan_worker_id")
        SELECT CASE WHEN LENGTH("cinp_cin_plan_id") > 48 THEN CONCAT(LEFT("cinp_cin_plan_id", 47), '…') ELSE "cinp_cin_plan_id" END, CASE WHEN LENGTH("cinp_referral_id") > 48 THEN CONCAT(LEFT("cinp_referral_id", 47), '…') ELSE "cinp_referral_id" END, CASE WHEN LENGTH("cinp_person_id") > 48 THEN CONCAT(LEFT("cinp_person_id", 47), '…') ELSE "cinp_person_id" END, "cinp_cin_plan_start_date", "cinp_cin_plan_end_date", CASE WHEN LENGTH("cinp_cin_plan_team") > 48 THEN CONCAT(LEFT("cinp_cin_plan_team", 47), '…') ELSE "cinp_cin_plan_team" END, CASE WHEN LENGTH("cinp_cin_plan_worker_id") > 100 THEN CONCAT(LEFT("cinp_cin_plan_worker_id", 99), '…') ELSE "cinp_cin_plan_worker_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' cinp_cin_plan_id=', COUNT(*) FILTER (WHERE LENGTH("cinp_cin_plan_id") > 48)), ' cinp_cin_plan_id=0'), NULLIF(CONCAT(' cinp_referral_id=', COUNT(*) FILTER (WHERE LENGTH("cinp_referral_id") > 48)), ' cinp_referral_id=0'), NULLIF(CONCAT(' cinp_person_id=', COUNT(*) FILTER (WHERE LENGTH("cinp_person_id") > 48)), ' cinp_person_id=0'), NULLIF(CONCAT(' cinp_cin_plan_team=', COUNT(*) FILTER (WHERE LENGTH("cinp_cin_plan_team") > 48)), ' cinp_cin_plan_team=0'), NULLIF(CONCAT(' cinp_cin_plan_worker_id=', COUNT(*) FILTER (WHERE LENGTH("cinp_cin_plan_worker_id") > 100)), ' cinp_cin_plan_worker_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cin_plans', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cin_plans', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
