DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cp_plans'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_cp_plans";
    WITH plans AS (
        SELECT rg.REGISTRATION_ID AS plan_id, rg.PERSON_ID AS person_id, rg.REGISTRATION_STEP_ID AS step_id,
               rg.REGISTRATION_START_DATE AS start_date, rg.DEREGISTRATION_DATE AS end_date,
               COALESCE(rg.DEREGISTRATION_DATE, CURRENT_DATE) AS as_at
        FROM "dm_registrations" rg
        WHERE rg.IS_CHILD_PROTECTION_PLAN = 'Y'
          AND COALESCE(rg.IS_TEMPORARY_CHILD_PROTECTION, 'N') <> 'Y'
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
        SELECT chosen.plan_id, chosen.referral_id
        FROM (
            SELECT ev.plan_id, CONCAT(CAST(ref.REFERRAL_ID AS VARCHAR(20)), '-', CAST(ref.PERSON_ID AS VARCHAR(20))) AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.plan_id ORDER BY ref.REFERRAL_ID DESC) AS pick
            FROM plans ev
            JOIN "dm_cin_referrals" ref
                ON ref.PERSON_ID = ev.person_id AND (ev.end_date IS NULL OR ref.REFERRAL_DATE <= ev.end_date) AND (ref.CLOSURE_DATE IS NULL OR ref.CLOSURE_DATE >= ev.start_date)
        ) chosen
        WHERE chosen.pick = 1
    )
    INSERT INTO "ssd"."ssd_cp_plans" ("cppl_cp_plan_id", "cppl_referral_id", "cppl_icpc_id", "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", "cppl_cp_plan_ola", "cppl_cp_plan_initial_category", "cppl_cp_plan_latest_category")
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
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(p.person_id AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cp_plans', loaded;
END $$;

-- ssd-bridge: end of batch
