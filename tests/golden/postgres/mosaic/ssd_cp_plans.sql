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
    WITH plans AS (
        SELECT rg.REGISTRATION_ID AS plan_id, rg.PERSON_ID AS person_id, rg.REGISTRATION_STEP_ID AS step_id,
               rg.REGISTRATION_START_DATE AS start_date, rg.DEREGISTRATION_DATE AS end_date,
               COALESCE(rg.DEREGISTRATION_DATE, CURRENT_DATE) AS as_at
        FROM "dm_registrations" rg
        WHERE UPPER(TRIM(CAST(rg.IS_CHILD_PROTECTION_PLAN AS VARCHAR(4000)))) = 'Y'
          AND NOT UPPER(TRIM(CAST(COALESCE(rg.IS_TEMPORARY_CHILD_PROTECTION, 'N') AS VARCHAR(4000)))) = 'Y'
          AND rg.REGISTRATION_START_DATE <= CURRENT_DATE AND (rg.DEREGISTRATION_DATE IS NULL OR rg.DEREGISTRATION_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    categories AS (
        SELECT p.plan_id,
               COUNT(DISTINCT CASE WHEN CAST(rc.CATEGORY_START_DATE AS DATE) = CAST(p.start_date AS DATE) THEN rc.CIN_ABUSE_CATEGORY_CODE END) AS initial_count,
               MAX(CASE WHEN CAST(rc.CATEGORY_START_DATE AS DATE) = CAST(p.start_date AS DATE) THEN rc.CIN_ABUSE_CATEGORY_CODE END) AS initial_code,
               COUNT(DISTINCT CASE WHEN rc.CATEGORY_START_DATE <= p.as_at AND (rc.CATEGORY_END_DATE IS NULL OR rc.CATEGORY_END_DATE >= p.as_at) THEN rc.CIN_ABUSE_CATEGORY_CODE END) AS latest_count,
               MAX(CASE WHEN rc.CATEGORY_START_DATE <= p.as_at AND (rc.CATEGORY_END_DATE IS NULL OR rc.CATEGORY_END_DATE >= p.as_at) THEN rc.CIN_ABUSE_CATEGORY_CODE END) AS latest_code
        FROM plans p
        JOIN "dm_registration_categories" rc ON rc.REGISTRATION_ID = p.plan_id
        GROUP BY p.plan_id
    ),
    referrals AS (
        SELECT ev.plan_id, CONCAT(CAST(MAX(ref.REFERRAL_ID) AS VARCHAR(20)), '-', CAST(MAX(ref.PERSON_ID) AS VARCHAR(20))) AS referral_id
        FROM plans ev
        JOIN "dm_cin_referrals" ref
            ON ref.PERSON_ID = ev.person_id AND (ev.end_date IS NULL OR ref.REFERRAL_DATE <= ev.end_date) AND (ref.CLOSURE_DATE IS NULL OR ref.CLOSURE_DATE >= ev.start_date)
        GROUP BY ev.plan_id
    ),
    ssd_bridge_fill ("cppl_cp_plan_id", "cppl_referral_id", "cppl_icpc_id", "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", "cppl_cp_plan_ola", "cppl_cp_plan_initial_category", "cppl_cp_plan_latest_category") AS (
    SELECT
        CAST(p.plan_id AS VARCHAR(48)),
        rf.referral_id,
        CASE WHEN p.step_id IS NOT NULL THEN CONCAT(CAST(p.step_id AS VARCHAR(20)), '-', CAST(p.person_id AS VARCHAR(20))) END,
        CAST(p.person_id AS VARCHAR(48)),
        p.start_date,
        p.end_date,
        NULL,  -- cppl_cp_plan_ola: the data mart does not say whether another LA holds the plan
        CASE WHEN c.initial_count > 1 THEN 'MUL' ELSE c.initial_code END,
        CASE WHEN c.latest_count > 1 THEN 'MUL' ELSE c.latest_code END
    FROM plans p
    LEFT JOIN referrals rf ON rf.plan_id = p.plan_id
    LEFT JOIN categories c ON c.plan_id = p.plan_id
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(p.person_id AS VARCHAR(48)))
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
