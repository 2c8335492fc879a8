
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
    WITH plans AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               COALESCE(s.STARTED_ON, s.INCOMING_ON) AS start_date, s.COMPLETED_ON AS end_date,
               COALESCE(s.COMPLETED_ON, CURRENT_DATE) AS as_at
        FROM "dm_workflow_steps" s
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(TRIM(CAST(ss.SUBJECT_TYPE_CODE AS VARCHAR(4000)))) = 'PER'
        WHERE s.WORKFLOW_STEP_TYPE_ID IN (325, 369, 463)
          AND UPPER(TRIM(CAST(s.STEP_STATUS AS VARCHAR(4000)))) IN ('INCOMING', 'STARTED', 'REOPENED', 'COMPLETED')
          AND COALESCE(s.STARTED_ON, s.INCOMING_ON) <= CURRENT_DATE AND (s.COMPLETED_ON IS NULL OR s.COMPLETED_ON >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    workers AS (
        -- the latest allocation on the day, with that worker's role organisation on the same day
        SELECT p.step_id, p.person_id, aw.WORKER_ID AS worker_id, wr.ORGANISATION_ID AS team_id,
               ROW_NUMBER() OVER (PARTITION BY p.step_id, p.person_id
                                  ORDER BY aw.START_DATE DESC, aw.ALLOCATION_ID DESC, wr.START_DATE DESC, wr.WORKER_ROLE_ID DESC) AS rn
        FROM plans p
        JOIN "dm_allocated_workers" aw
          ON aw.PERSON_ID = p.person_id AND aw.START_DATE <= p.as_at AND (aw.END_DATE IS NULL OR aw.END_DATE >= p.as_at)
        LEFT JOIN "dm_worker_roles" wr
               ON wr.WORKER_ID = aw.WORKER_ID AND wr.START_DATE <= p.as_at AND (wr.END_DATE IS NULL OR wr.END_DATE >= p.as_at)
    ),
    referrals AS (
        SELECT chosen.step_id, chosen.person_id, chosen.referral_id
        FROM (
            SELECT ev.step_id, ev.person_id, CONCAT(CAST(ref.REFERRAL_ID AS VARCHAR(20)), '-', CAST(ref.PERSON_ID AS VARCHAR(20))) AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.step_id, ev.person_id ORDER BY ref.REFERRAL_DATE DESC, ref.REFERRAL_ID DESC) AS pick
            FROM plans ev
            JOIN "dm_cin_referrals" ref
                ON ref.PERSON_ID = ev.person_id AND ref.REFERRAL_DATE <= ev.start_date AND (ref.CLOSURE_DATE IS NULL OR ref.CLOSURE_DATE >= ev.start_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    ssd_bridge_fill ("cinp_cin_plan_id", "cinp_referral_id", "cinp_person_id", "cinp_cin_plan_start_date", "cinp_cin_plan_end_date", "cinp_cin_plan_team", "cinp_cin_plan_worker_id") AS (
    SELECT
        CONCAT(CAST(p.step_id AS VARCHAR(20)), '-', CAST(p.person_id AS VARCHAR(20))),
        rf.referral_id,
        CAST(p.person_id AS VARCHAR(48)),
        p.start_date,
        p.end_date,
        CAST(w.team_id AS VARCHAR(48)),
        CAST(w.worker_id AS VARCHAR(100))
    FROM plans p
    LEFT JOIN workers w ON w.step_id = p.step_id AND w.person_id = p.person_id AND w.rn = 1
    LEFT JOIN referrals rf ON rf.step_id = p.step_id AND rf.person_id = p.person_id
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(p.person_id AS VARCHAR(48)))
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
