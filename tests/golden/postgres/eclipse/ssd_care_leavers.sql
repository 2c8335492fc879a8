DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_care_leavers'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_care_leavers";
    WITH leavers AS (
        SELECT lx.event_key, lx.person_id, lx.event_date, lx.eligibility, lx.in_touch, lx.accommodation,
            lx.suitable, lx.activity
        FROM (
            SELECT cl.CARELEAVERID AS event_key, cl.PERSONID AS person_id, cl.CONTACTDATE AS event_date,
                cl.ELIGIBILITY AS eligibility, cl.INTOUCHCODE AS in_touch, cl.ACCOMODATIONCODE AS accommodation,
                cl.ACCOMSUITABLE AS suitable, cl.MAINACTIVITYCODE AS activity,
                ROW_NUMBER() OVER (PARTITION BY cl.PERSONID ORDER BY
                    CASE WHEN cl.CONTACTDATE IS NULL THEN 1 ELSE 0 END, cl.CONTACTDATE DESC, cl.CARELEAVERID DESC) AS pick
            FROM "clacareleaverdetailsview" cl
            WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(cl.PERSONID AS VARCHAR(48)))
        ) lx
        WHERE lx.pick = 1
    ),
    pathway_forms AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 1 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS plan_date
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.CONTROLNAME WHEN 'dateOfPathwayPlan' THEN 1 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN 'DATEOFPATHWAYPLAN' THEN 1 END END AS control_no
                FROM "formanswerpersonview" f
                WHERE f.DESIGNGUID = 'c17d1557-513d-443f-8013-a31eb541455b'
                    AND (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE'))
                OFFSET 0
            ) fr
            GROUP BY fr.instance_id, fr.person_id
    ),
    pathway AS (
        SELECT pf.person_id, MAX(pf.plan_date) AS plan_date
        FROM pathway_forms pf
        GROUP BY pf.person_id
    ),
    workers AS (
        SELECT chosen.event_key, chosen.worker_id
        FROM (
            SELECT ev.event_key, CAST(aw.PROFESSIONALRELATIONSHIPPERSONID AS VARCHAR(48)) AS worker_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY aw.STARTDATE DESC, aw.PERSONRELATIONSHIPRECORDID DESC) AS pick
            FROM leavers ev
            JOIN "relationshipprofessionalview" aw
                ON aw.PERSONID = ev.person_id AND UPPER(TRIM(CAST(aw.ALLOCATEDWORKERCODE AS VARCHAR(4000)))) = 'AW' AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    teams AS (
        SELECT chosen.event_key, chosen.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM leavers ev
            JOIN "personorgrelationshipview" tm
                ON tm.PERSONID = ev.person_id AND UPPER(TRIM(CAST(tm.ALLOCATEDTEAMCODE AS VARCHAR(4000)))) = 'AT' AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    ssd_bridge_fill ("clea_table_id", "clea_person_id", "clea_care_leaver_eligibility", "clea_care_leaver_in_touch", "clea_care_leaver_latest_contact", "clea_care_leaver_accommodation", "clea_care_leaver_accom_suitable", "clea_care_leaver_activity", "clea_pathway_plan_review_date", "clea_care_leaver_personal_advisor", "clea_care_leaver_allocated_team", "clea_care_leaver_worker_id") AS (
    SELECT
        CAST(l.event_key AS VARCHAR(48)),
        CAST(l.person_id AS VARCHAR(48)),
        LEFT(l.eligibility, 100),
        LEFT(l.in_touch, 100),
        l.event_date,
        LEFT(l.accommodation, 100),
        CASE WHEN UPPER(TRIM(CAST(l.suitable AS VARCHAR(4000)))) = 'ACCOMMODATION CONSIDERED SUITABLE' THEN '1'
            WHEN UPPER(TRIM(CAST(l.suitable AS VARCHAR(4000)))) = 'ACCOMMODATION CONSIDERED UNSUITABLE' THEN '2' ELSE LEFT(l.suitable, 100) END,
        LEFT(l.activity, 100),
        pw.plan_date,
        w.worker_id,
        t.team_id,
        w.worker_id
    FROM leavers l
    LEFT JOIN pathway pw ON pw.person_id = l.person_id
    LEFT JOIN workers w ON w.event_key = l.event_key
    LEFT JOIN teams t ON t.event_key = l.event_key
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("clea_table_id" AS TEXT) AS "clea_table_id", CAST("clea_person_id" AS TEXT) AS "clea_person_id", CAST("clea_care_leaver_eligibility" AS TEXT) AS "clea_care_leaver_eligibility", CAST("clea_care_leaver_in_touch" AS TEXT) AS "clea_care_leaver_in_touch", CAST("clea_care_leaver_latest_contact" AS TIMESTAMP) AS "clea_care_leaver_latest_contact", CAST("clea_care_leaver_accommodation" AS TEXT) AS "clea_care_leaver_accommodation", CAST("clea_care_leaver_accom_suitable" AS TEXT) AS "clea_care_leaver_accom_suitable", CAST("clea_care_leaver_activity" AS TEXT) AS "clea_care_leaver_activity", CAST("clea_pathway_plan_review_date" AS TIMESTAMP) AS "clea_pathway_plan_review_date", CAST("clea_care_leaver_personal_advisor" AS TEXT) AS "clea_care_leaver_personal_advisor", CAST("clea_care_leaver_allocated_team" AS TEXT) AS "clea_care_leaver_allocated_team", CAST("clea_care_leaver_worker_id" AS TEXT) AS "clea_care_leaver_worker_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_care_leavers" ("clea_table_id", "clea_person_id", "clea_care_leaver_eligibility", "clea_care_leaver_in_touch", "clea_care_leaver_latest_contact", "clea_care_leaver_accommodation", "clea_care_leaver_accom_suitable", "clea_care_leaver_activity", "clea_pathway_plan_review_date", "clea_care_leaver_personal_advisor", "clea_care_leaver_allocated_team", "clea_care_leaver_worker_id")
        SELECT CASE WHEN LENGTH("clea_table_id") > 48 THEN CONCAT(LEFT("clea_table_id", 47), '…') ELSE "clea_table_id" END, CASE WHEN LENGTH("clea_person_id") > 48 THEN CONCAT(LEFT("clea_person_id", 47), '…') ELSE "clea_person_id" END, CASE WHEN LENGTH("clea_care_leaver_eligibility") > 100 THEN CONCAT(LEFT("clea_care_leaver_eligibility", 99), '…') ELSE "clea_care_leaver_eligibility" END, CASE WHEN LENGTH("clea_care_leaver_in_touch") > 100 THEN CONCAT(LEFT("clea_care_leaver_in_touch", 99), '…') ELSE "clea_care_leaver_in_touch" END, "clea_care_leaver_latest_contact", CASE WHEN LENGTH("clea_care_leaver_accommodation") > 100 THEN CONCAT(LEFT("clea_care_leaver_accommodation", 99), '…') ELSE "clea_care_leaver_accommodation" END, CASE WHEN LENGTH("clea_care_leaver_accom_suitable") > 100 THEN CONCAT(LEFT("clea_care_leaver_accom_suitable", 99), '…') ELSE "clea_care_leaver_accom_suitable" END, CASE WHEN LENGTH("clea_care_leaver_activity") > 100 THEN CONCAT(LEFT("clea_care_leaver_activity", 99), '…') ELSE "clea_care_leaver_activity" END, "clea_pathway_plan_review_date", CASE WHEN LENGTH("clea_care_leaver_personal_advisor") > 100 THEN CONCAT(LEFT("clea_care_leaver_personal_advisor", 99), '…') ELSE "clea_care_leaver_personal_advisor" END, CASE WHEN LENGTH("clea_care_leaver_allocated_team") > 48 THEN CONCAT(LEFT("clea_care_leaver_allocated_team", 47), '…') ELSE "clea_care_leaver_allocated_team" END, CASE WHEN LENGTH("clea_care_leaver_worker_id") > 100 THEN CONCAT(LEFT("clea_care_leaver_worker_id", 99), '…') ELSE "clea_care_leaver_worker_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' clea_table_id=', COUNT(*) FILTER (WHERE LENGTH("clea_table_id") > 48)), ' clea_table_id=0'), NULLIF(CONCAT(' clea_person_id=', COUNT(*) FILTER (WHERE LENGTH("clea_person_id") > 48)), ' clea_person_id=0'), NULLIF(CONCAT(' clea_care_leaver_eligibility=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_eligibility") > 100)), ' clea_care_leaver_eligibility=0'), NULLIF(CONCAT(' clea_care_leaver_in_touch=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_in_touch") > 100)), ' clea_care_leaver_in_touch=0'), NULLIF(CONCAT(' clea_care_leaver_accommodation=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_accommodation") > 100)), ' clea_care_leaver_accommodation=0'), NULLIF(CONCAT(' clea_care_leaver_accom_suitable=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_accom_suitable") > 100)), ' clea_care_leaver_accom_suitable=0'), NULLIF(CONCAT(' clea_care_leaver_activity=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_activity") > 100)), ' clea_care_leaver_activity=0'), NULLIF(CONCAT(' clea_care_leaver_personal_advisor=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_personal_advisor") > 100)), ' clea_care_leaver_personal_advisor=0'), NULLIF(CONCAT(' clea_care_leaver_allocated_team=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_allocated_team") > 48)), ' clea_care_leaver_allocated_team=0'), NULLIF(CONCAT(' clea_care_leaver_worker_id=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_worker_id") > 100)), ' clea_care_leaver_worker_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_care_leavers', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_care_leavers', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
