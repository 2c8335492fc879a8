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
    WITH merge_rows AS (
        SELECT c.PERSONID AS person_id, CAST(c.CLASSIFICATIONASSIGNMENTID AS VARCHAR(48)) AS row_key,
                c.STARTDATE AS start_date, c.ENDDATE AS end_date, c.ENDREASON AS end_reason
            FROM "classificationpersonview" c
            WHERE (c.CLASSIFICATIONPATHID IN (4) OR c.CLASSIFICATIONCODEID IN (1270))
                AND (c.STATUS IS NULL OR NOT UPPER(TRIM(CAST(c.STATUS AS VARCHAR(4000)))) = 'DELETED') AND c.STARTDATE IS NOT NULL
                AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(c.PERSONID AS VARCHAR(48)))
    ),
    merge_marked AS (
        SELECT mr.person_id, mr.row_key, mr.start_date, mr.end_date, mr.end_reason,
            COALESCE(mr.end_date, CURRENT_DATE) AS end_or_today,
            CASE WHEN MAX(COALESCE(mr.end_date, CURRENT_DATE)) OVER (PARTITION BY mr.person_id
                    ORDER BY mr.start_date, mr.row_key ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                    >= (mr.start_date + 0 * INTERVAL '1 day') THEN 0 ELSE 1 END AS is_new
        FROM merge_rows mr
    ),
    merge_grouped AS (
        SELECT mm.person_id, mm.row_key, mm.start_date, mm.end_date, mm.end_reason, mm.end_or_today,
            SUM(mm.is_new) OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS episode_no,
            mm.is_new,
            ROW_NUMBER() OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key) AS row_no
        FROM merge_marked mm
    ),
    merge_last AS (
        SELECT mg.person_id, mg.row_key, mg.start_date, mg.end_date, mg.end_reason, mg.episode_no, mg.is_new,
            ROW_NUMBER() OVER (PARTITION BY mg.person_id, mg.episode_no
                ORDER BY mg.end_or_today DESC, CASE WHEN mg.end_date IS NULL THEN 0 ELSE 1 END, mg.row_no DESC) AS last_no
        FROM merge_grouped mg
    ),episodes AS (
        SELECT ml.person_id,
            MAX(CASE WHEN ml.is_new = 1 THEN ml.row_key END) AS episode_key,
            MIN(ml.start_date) AS episode_start,
            CASE WHEN MAX(CASE WHEN ml.end_date IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(ml.end_date) END AS episode_end,
            MAX(CASE WHEN ml.last_no = 1 THEN ml.end_reason END) AS close_reason
        FROM merge_last ml
        GROUP BY ml.person_id, ml.episode_no
    ),
    plans AS (
        SELECT ep.episode_key AS event_key, ep.person_id, ep.episode_start AS event_date, ep.episode_end
        FROM episodes ep
        WHERE (ep.episode_end IS NULL OR ep.episode_end >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    referrals AS (
        SELECT chosen.event_key, chosen.referral_id
        FROM (
            SELECT ev.event_key, ref.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ref.cine_referral_date DESC, ref.cine_referral_id DESC) AS pick
            FROM plans ev
            JOIN "ssd"."ssd_cin_episodes" ref
                ON ref.cine_person_id = CAST(ev.person_id AS VARCHAR(48)) AND ref.cine_referral_date <= ev.event_date
        ) chosen
        WHERE chosen.pick = 1
    ),
    teams AS (
        SELECT chosen.event_key, chosen.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM plans ev
            JOIN "personorgrelationshipview" tm
                ON tm.PERSONID = ev.person_id AND UPPER(TRIM(CAST(tm.ALLOCATEDTEAMCODE AS VARCHAR(4000)))) = 'AT' AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    workers AS (
        SELECT chosen.event_key, chosen.worker_id
        FROM (
            SELECT ev.event_key, CAST(aw.PROFESSIONALRELATIONSHIPPERSONID AS VARCHAR(48)) AS worker_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY aw.STARTDATE DESC, aw.PERSONRELATIONSHIPRECORDID DESC) AS pick
            FROM plans ev
            JOIN "relationshipprofessionalview" aw
                ON aw.PERSONID = ev.person_id AND UPPER(TRIM(CAST(aw.ALLOCATEDWORKERCODE AS VARCHAR(4000)))) = 'AW' AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    ssd_bridge_fill ("cinp_cin_plan_id", "cinp_referral_id", "cinp_person_id", "cinp_cin_plan_start_date", "cinp_cin_plan_end_date", "cinp_cin_plan_team", "cinp_cin_plan_worker_id") AS (
    SELECT
        p.event_key,
        r.referral_id,
        CAST(p.person_id AS VARCHAR(48)),
        p.event_date,
        p.episode_end,
        t.team_id,
        w.worker_id
    FROM plans p
    LEFT JOIN referrals r ON r.event_key = p.event_key
    LEFT JOIN teams t ON t.event_key = p.event_key
    LEFT JOIN workers w ON w.event_key = p.event_key
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
