
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_early_help_episodes'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_early_help_episodes";
    WITH merge_rows AS (
        SELECT c.PERSONID AS person_id, CAST(c.CLASSIFICATIONASSIGNMENTID AS VARCHAR(48)) AS row_key,
                c.STARTDATE AS start_date, c.ENDDATE AS end_date, NULL AS end_reason
            FROM "classificationpersonview" c
            WHERE c.CLASSIFICATIONCODEID IN (699, 1271)
                AND (c.STATUS IS NULL OR NOT UPPER(TRIM(CAST(c.STATUS AS VARCHAR(4000)))) = 'DELETED') AND c.STARTDATE IS NOT NULL
                AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(c.PERSONID AS VARCHAR(48)))
    ),
    merge_marked AS (
        SELECT mr.person_id, mr.row_key, mr.start_date, mr.end_date, mr.end_reason,
            COALESCE(mr.end_date, CURRENT_DATE) AS end_or_today,
            CASE WHEN MAX(COALESCE(mr.end_date, CURRENT_DATE)) OVER (PARTITION BY mr.person_id
                    ORDER BY mr.start_date, mr.row_key ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                    >= (mr.start_date + -1 * INTERVAL '1 day') THEN 0 ELSE 1 END AS is_new
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
    eh AS (
        SELECT ep.episode_key AS event_key, ep.person_id, ep.episode_start AS event_date, ep.episode_end,
            COALESCE(ep.episode_end, CURRENT_DATE) AS end_or_today
        FROM episodes ep
        WHERE ep.episode_start <= CURRENT_DATE AND (ep.episode_end IS NULL OR ep.episode_end >= (CURRENT_DATE - INTERVAL '6 years'))
    ),answers AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                fr.form_no,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 1 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS referral_date,
                MAX(CASE WHEN fr.control_no = 2 THEN fr.answer END) AS need,
                MAX(CASE WHEN fr.control_no IN (3, 8) THEN fr.answer END) AS reason1,
                MAX(CASE WHEN fr.control_no IN (4, 9) THEN fr.answer END) AS reason2,
                MAX(CASE WHEN fr.control_no IN (5, 10) THEN fr.answer END) AS reason3,
                COALESCE(MAX(CASE WHEN fr.control_no IN (6, 11) THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no IN (6, 11) AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS closed1,
                COALESCE(MAX(CASE WHEN fr.control_no IN (7, 12) THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no IN (7, 12) AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS closed2
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    CASE f.DESIGNGUID WHEN 'e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f' THEN 1 WHEN '12bb8ca2-e585-4a09-a6dd-d5b6e910a3f0' THEN 2 WHEN '57eef045-0dbb-4df4-8dbd-bb07acf99e99' THEN 3 END AS form_no,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.DESIGNGUID WHEN 'e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f' THEN CASE f.CONTROLNAME WHEN 'CINCensus_DateOfReferral' THEN 1 WHEN 'CINCensus_primaryNeedCategory' THEN 2 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN 'CINCENSUS_DATEOFREFERRAL' THEN 1 WHEN 'CINCENSUS_PRIMARYNEEDCATEGORY' THEN 2 END END WHEN '12bb8ca2-e585-4a09-a6dd-d5b6e910a3f0' THEN CASE f.CONTROLNAME WHEN 'AnnexA_reasonForClosure1' THEN 3 WHEN 'reasonForClosure1' THEN 4 WHEN 'reasonForCaseClosure' THEN 5 WHEN 'dateOfClosure' THEN 6 WHEN 'dateCaseClosed' THEN 7 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN 'ANNEXA_REASONFORCLOSURE1' THEN 3 WHEN 'REASONFORCLOSURE1' THEN 4 WHEN 'REASONFORCASECLOSURE' THEN 5 WHEN 'DATEOFCLOSURE' THEN 6 WHEN 'DATECASECLOSED' THEN 7 END END WHEN '57eef045-0dbb-4df4-8dbd-bb07acf99e99' THEN CASE f.CONTROLNAME WHEN 'AnnexA_reasonForClosure1' THEN 8 WHEN 'reasonForClosure1' THEN 9 WHEN 'reasonForCaseClosure' THEN 10 WHEN 'dateOfClosure' THEN 11 WHEN 'dateCaseClosed' THEN 12 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN 'ANNEXA_REASONFORCLOSURE1' THEN 8 WHEN 'REASONFORCLOSURE1' THEN 9 WHEN 'REASONFORCASECLOSURE' THEN 10 WHEN 'DATEOFCLOSURE' THEN 11 WHEN 'DATECASECLOSED' THEN 12 END END END AS control_no
                FROM "formanswerpersonview" f
                WHERE f.DESIGNGUID IN ('e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f', '12bb8ca2-e585-4a09-a6dd-d5b6e910a3f0', '57eef045-0dbb-4df4-8dbd-bb07acf99e99')
                    AND ((f.DESIGNGUID = 'e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f'
                        AND (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE')))
                        OR (f.DESIGNGUID = '12bb8ca2-e585-4a09-a6dd-d5b6e910a3f0'
                        AND (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE')))
                        OR (f.DESIGNGUID = '57eef045-0dbb-4df4-8dbd-bb07acf99e99'
                        AND (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE'))))
                OFFSET 0
            ) fr
            GROUP BY fr.instance_id, fr.person_id, fr.form_no
    ),
    referral_forms AS (
        SELECT fa.instance_id, fa.person_id, fa.referral_date, fa.need FROM answers fa WHERE fa.form_no = 1
    ),
    reasons AS (
        SELECT chosen.event_key, chosen.reason
        FROM (
            SELECT ev.event_key, rf.need AS reason,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY rf.referral_date DESC, rf.instance_id DESC) AS pick
            FROM eh ev
            JOIN referral_forms rf
                ON rf.person_id = ev.person_id AND rf.referral_date <= ev.event_date
        ) chosen
        WHERE chosen.pick = 1
    ),
    closure_forms AS (
        SELECT fa.instance_id, fa.person_id, fa.completed_date, fa.reason1, fa.reason2, fa.reason3, fa.closed1, fa.closed2
        FROM answers fa
        WHERE fa.form_no IN (2, 3)
    ),
    end_reasons AS (
        SELECT chosen.event_key, chosen.end_reason
        FROM (
            SELECT ev.event_key, COALESCE(cf.reason1, cf.reason2, cf.reason3) AS end_reason,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY cf.completed_date DESC, cf.instance_id DESC) AS pick
            FROM eh ev
            JOIN closure_forms cf
                ON cf.person_id = ev.person_id AND ev.episode_end IS NOT NULL
            AND CAST(COALESCE(cf.closed1, cf.closed2, cf.completed_date) AS DATE) = CAST(ev.episode_end AS DATE)
            AND COALESCE(cf.reason1, cf.reason2, cf.reason3) IS NOT NULL
        ) chosen
        WHERE chosen.pick = 1
    ),
    teams AS (
        SELECT chosen.event_key, chosen.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM eh ev
            JOIN "personorgrelationshipview" tm
                ON tm.PERSONID = ev.person_id AND UPPER(TRIM(CAST(tm.ALLOCATEDTEAMCODE AS VARCHAR(4000)))) = 'AT'
            AND tm.DATESTARTED < ev.end_or_today AND COALESCE(tm.DATEENDED, CURRENT_DATE) > ev.event_date
        ) chosen
        WHERE chosen.pick = 1
    ),
    workers AS (
        SELECT chosen.event_key, chosen.worker_id
        FROM (
            SELECT ev.event_key, CAST(aw.PROFESSIONALRELATIONSHIPPERSONID AS VARCHAR(100)) AS worker_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY aw.STARTDATE DESC, aw.PERSONRELATIONSHIPRECORDID DESC) AS pick
            FROM eh ev
            JOIN "relationshipprofessionalview" aw
                ON aw.PERSONID = ev.person_id AND UPPER(TRIM(CAST(aw.ALLOCATEDWORKERCODE AS VARCHAR(4000)))) = 'AW'
            AND aw.STARTDATE < ev.end_or_today AND COALESCE(aw.CLOSEDATE, CURRENT_DATE) > ev.event_date
        ) chosen
        WHERE chosen.pick = 1
    ),
    ssd_bridge_fill ("earl_episode_id", "earl_person_id", "earl_episode_start_date", "earl_episode_end_date", "earl_episode_reason", "earl_episode_end_reason", "earl_episode_organisation", "earl_episode_worker_id") AS (
    SELECT
        e.event_key,
        CAST(e.person_id AS VARCHAR(48)),
        e.event_date,
        e.episode_end,
        r.reason,
        x.end_reason,
        t.team_id,
        w.worker_id
    FROM eh e
    LEFT JOIN reasons r ON r.event_key = e.event_key
    LEFT JOIN end_reasons x ON x.event_key = e.event_key
    LEFT JOIN teams t ON t.event_key = e.event_key
    LEFT JOIN workers w ON w.event_key = e.event_key
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("earl_episode_id" AS TEXT) AS "earl_episode_id", CAST("earl_person_id" AS TEXT) AS "earl_person_id", CAST("earl_episode_start_date" AS TIMESTAMP) AS "earl_episode_start_date", CAST("earl_episode_end_date" AS TIMESTAMP) AS "earl_episode_end_date", CAST("earl_episode_reason" AS TEXT) AS "earl_episode_reason", CAST("earl_episode_end_reason" AS TEXT) AS "earl_episode_end_reason", CAST("earl_episode_organisation" AS TEXT) AS "earl_episode_organisation", CAST("earl_episode_worker_id" AS TEXT) AS "earl_episode_worker_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_early_help_episodes" ("earl_episode_id", "earl_person_id", "earl_episode_start_date", "earl_episode_end_date", "earl_episode_reason", "earl_episode_end_reason", "earl_episode_organisation", "earl_episode_worker_id")
        SELECT CASE WHEN LENGTH("earl_episode_id") > 48 THEN CONCAT(LEFT("earl_episode_id", 47), '…') ELSE "earl_episode_id" END, CASE WHEN LENGTH("earl_person_id") > 48 THEN CONCAT(LEFT("earl_person_id", 47), '…') ELSE "earl_person_id" END, "earl_episode_start_date", "earl_episode_end_date", "earl_episode_reason", "earl_episode_end_reason", "earl_episode_organisation", CASE WHEN LENGTH("earl_episode_worker_id") > 100 THEN CONCAT(LEFT("earl_episode_worker_id", 99), '…') ELSE "earl_episode_worker_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' earl_episode_id=', COUNT(*) FILTER (WHERE LENGTH("earl_episode_id") > 48)), ' earl_episode_id=0'), NULLIF(CONCAT(' earl_person_id=', COUNT(*) FILTER (WHERE LENGTH("earl_person_id") > 48)), ' earl_person_id=0'), NULLIF(CONCAT(' earl_episode_worker_id=', COUNT(*) FILTER (WHERE LENGTH("earl_episode_worker_id") > 100)), ' earl_episode_worker_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_early_help_episodes', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_early_help_episodes', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
