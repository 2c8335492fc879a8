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
    WITH merge_rows AS (
        SELECT c.PERSONID AS person_id, CAST(c.CLASSIFICATIONASSIGNMENTID AS VARCHAR(48)) AS row_key,
                c.STARTDATE AS start_date, c.ENDDATE AS end_date, c.ENDREASON AS end_reason
            FROM "classificationpersonview" c
            WHERE (c.CLASSIFICATIONPATHID IN (51))
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
    conferences AS (
        SELECT cx.event_key, cx.icpc_id
        FROM (
            SELECT p.event_key, i.icpc_icpc_id AS icpc_id,
                ROW_NUMBER() OVER (PARTITION BY p.event_key ORDER BY i.icpc_icpc_date DESC, i.icpc_icpc_id DESC) AS pick
            FROM plans p
            JOIN "ssd"."ssd_initial_cp_conference" i
                ON i.icpc_person_id = CAST(p.person_id AS VARCHAR(48)) AND i.icpc_icpc_date <= p.event_date
                AND i.icpc_icpc_date >= (p.event_date + -30 * INTERVAL '1 day')
        ) cx
        WHERE cx.pick = 1
    ),
    categories AS (
        SELECT p.event_key, cat.NAME AS category,
            CASE WHEN cat.STARTDATE <= p.event_date THEN 1 ELSE 0 END AS by_start,
            ROW_NUMBER() OVER (PARTITION BY p.event_key, CASE WHEN cat.STARTDATE <= p.event_date THEN 1 ELSE 0 END
                ORDER BY cat.STARTDATE DESC, cat.CLASSIFICATIONASSIGNMENTID DESC) AS initial_no,
            ROW_NUMBER() OVER (PARTITION BY p.event_key ORDER BY cat.STARTDATE DESC, cat.CLASSIFICATIONASSIGNMENTID DESC) AS last_no
        FROM plans p
        JOIN "classificationpersonview" cat
            ON cat.PERSONID = p.person_id AND cat.STARTDATE <= COALESCE(p.episode_end, CURRENT_DATE)
            AND (cat.ENDDATE IS NULL OR cat.ENDDATE >= p.event_date)
        WHERE (cat.CLASSIFICATIONPATHID IN (81)) AND (cat.STATUS IS NULL OR NOT UPPER(TRIM(CAST(cat.STATUS AS VARCHAR(4000)))) = 'DELETED')
    ),
    ssd_bridge_fill ("cppl_cp_plan_id", "cppl_referral_id", "cppl_icpc_id", "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", "cppl_cp_plan_ola", "cppl_cp_plan_initial_category", "cppl_cp_plan_latest_category") AS (
    SELECT
        p.event_key,
        r.referral_id,
        i.icpc_id,
        CAST(p.person_id AS VARCHAR(48)),
        p.event_date,
        p.episode_end,
        NULL,
        LEFT(first_cat.category, 100),
        LEFT(last_cat.category, 100)
    FROM plans p
    LEFT JOIN referrals r ON r.event_key = p.event_key
    LEFT JOIN conferences i ON i.event_key = p.event_key
    LEFT JOIN categories first_cat ON first_cat.event_key = p.event_key AND first_cat.by_start = 1 AND first_cat.initial_no = 1
    LEFT JOIN categories last_cat ON last_cat.event_key = p.event_key AND last_cat.last_no = 1
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
