
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cp_visits'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cp_visits";
    WITH visits AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 1 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS visit_date,
                MAX(CASE WHEN fr.control_no = 2 THEN fr.answer END) AS seen,
                MAX(CASE WHEN fr.control_no = 3 THEN fr.answer END) AS seen_alone
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.CONTROLNAME WHEN 'AnnexAReturn_dateOfVisit' THEN 1 WHEN 'AnnexAReturn_wasTheChildSeen' THEN 2 WHEN 'AnnexAReturn_wasTheChildSeenAlone' THEN 3 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN 'ANNEXARETURN_DATEOFVISIT' THEN 1 WHEN 'ANNEXARETURN_WASTHECHILDSEEN' THEN 2 WHEN 'ANNEXARETURN_WASTHECHILDSEENALONE' THEN 3 END END AS control_no
                FROM "formanswerpersonview" f
                WHERE f.DESIGNGUID = '7b04f2b4-1170-44a2-8f2f-111d51d8a90f'
                    AND (f.DESIGNSUBNAME IN ('Child Protection ') OR UPPER(TRIM(CAST(f.DESIGNSUBNAME AS VARCHAR(4000)))) IN ('CHILD PROTECTION'))
                    AND (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE'))
                OFFSET 0
            ) fr
            GROUP BY fr.instance_id, fr.person_id
    ),
    keyed AS (
        SELECT CONCAT(CAST(v.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY v.instance_id) > 1
        THEN CONCAT('-', CAST(v.person_id AS VARCHAR(48))) ELSE '' END) AS visit_key, v.instance_id, v.person_id, v.visit_date, v.seen, v.seen_alone
        FROM visits v
        WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(v.person_id AS VARCHAR(48)))
    ),
    planned AS (
        SELECT k.visit_key, k.person_id, k.visit_date, k.seen, k.seen_alone, c.cppl_cp_plan_id AS plan_id,
            ROW_NUMBER() OVER (PARTITION BY k.instance_id, k.person_id ORDER BY c.cppl_cp_plan_start_date DESC, c.cppl_cp_plan_id DESC) AS pick
        FROM keyed k
        LEFT JOIN "ssd"."ssd_cp_plans" c
            ON c.cppl_person_id = CAST(k.person_id AS VARCHAR(48)) AND c.cppl_cp_plan_start_date <= k.visit_date AND (c.cppl_cp_plan_end_date IS NULL OR c.cppl_cp_plan_end_date >= k.visit_date)
        WHERE k.visit_date >= (CURRENT_DATE - INTERVAL '6 years')
    ),
    ssd_bridge_fill ("cppv_cp_visit_id", "cppv_person_id", "cppv_cp_plan_id", "cppv_cp_visit_date", "cppv_cp_visit_seen", "cppv_cp_visit_seen_alone", "cppv_cp_visit_bedroom") AS (
    SELECT
        k.visit_key,
        CAST(k.person_id AS VARCHAR(48)),
        k.plan_id,
        k.visit_date,

    CASE WHEN k.seen IS NULL THEN NULL WHEN (k.seen IN ('Yes') OR UPPER(TRIM(CAST(k.seen AS VARCHAR(4000)))) IN ('YES')) THEN 'Y' ELSE 'N' END,

    CASE WHEN k.seen_alone IS NULL THEN NULL WHEN (k.seen_alone IN ('Child seen alone') OR UPPER(TRIM(CAST(k.seen_alone AS VARCHAR(4000)))) IN ('CHILD SEEN ALONE')) THEN 'Y' ELSE 'N' END,
        NULL
    FROM planned k
    WHERE k.pick = 1
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("cppv_cp_visit_id" AS TEXT) AS "cppv_cp_visit_id", CAST("cppv_person_id" AS TEXT) AS "cppv_person_id", CAST("cppv_cp_plan_id" AS TEXT) AS "cppv_cp_plan_id", CAST("cppv_cp_visit_date" AS TIMESTAMP) AS "cppv_cp_visit_date", CAST("cppv_cp_visit_seen" AS TEXT) AS "cppv_cp_visit_seen", CAST("cppv_cp_visit_seen_alone" AS TEXT) AS "cppv_cp_visit_seen_alone", CAST("cppv_cp_visit_bedroom" AS TEXT) AS "cppv_cp_visit_bedroom"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cp_visits" ("cppv_cp_visit_id", "cppv_person_id", "cppv_cp_plan_id", "cppv_cp_visit_date", "cppv_cp_visit_seen", "cppv_cp_visit_seen_alone", "cppv_cp_visit_bedroom")
        SELECT CASE WHEN LENGTH("cppv_cp_visit_id") > 48 THEN CONCAT(LEFT("cppv_cp_visit_id", 47), '…') ELSE "cppv_cp_visit_id" END, CASE WHEN LENGTH("cppv_person_id") > 48 THEN CONCAT(LEFT("cppv_person_id", 47), '…') ELSE "cppv_person_id" END, CASE WHEN LENGTH("cppv_cp_plan_id") > 48 THEN CONCAT(LEFT("cppv_cp_plan_id", 47), '…') ELSE "cppv_cp_plan_id" END, "cppv_cp_visit_date", CASE WHEN LENGTH("cppv_cp_visit_seen") > 1 THEN CONCAT(LEFT("cppv_cp_visit_seen", 0), '…') ELSE "cppv_cp_visit_seen" END, CASE WHEN LENGTH("cppv_cp_visit_seen_alone") > 1 THEN CONCAT(LEFT("cppv_cp_visit_seen_alone", 0), '…') ELSE "cppv_cp_visit_seen_alone" END, CASE WHEN LENGTH("cppv_cp_visit_bedroom") > 1 THEN CONCAT(LEFT("cppv_cp_visit_bedroom", 0), '…') ELSE "cppv_cp_visit_bedroom" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' cppv_cp_visit_id=', COUNT(*) FILTER (WHERE LENGTH("cppv_cp_visit_id") > 48)), ' cppv_cp_visit_id=0'), NULLIF(CONCAT(' cppv_person_id=', COUNT(*) FILTER (WHERE LENGTH("cppv_person_id") > 48)), ' cppv_person_id=0'), NULLIF(CONCAT(' cppv_cp_plan_id=', COUNT(*) FILTER (WHERE LENGTH("cppv_cp_plan_id") > 48)), ' cppv_cp_plan_id=0'), NULLIF(CONCAT(' cppv_cp_visit_seen=', COUNT(*) FILTER (WHERE LENGTH("cppv_cp_visit_seen") > 1)), ' cppv_cp_visit_seen=0'), NULLIF(CONCAT(' cppv_cp_visit_seen_alone=', COUNT(*) FILTER (WHERE LENGTH("cppv_cp_visit_seen_alone") > 1)), ' cppv_cp_visit_seen_alone=0'), NULLIF(CONCAT(' cppv_cp_visit_bedroom=', COUNT(*) FILTER (WHERE LENGTH("cppv_cp_visit_bedroom") > 1)), ' cppv_cp_visit_bedroom=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cp_visits', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cp_visits', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
