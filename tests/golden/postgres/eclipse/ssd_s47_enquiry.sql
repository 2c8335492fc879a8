DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_s47_enquiry'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_s47_enquiry";
    WITH s47_forms AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 1 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS start_date,
                MAX(CASE WHEN fr.control_no = 2 THEN fr.answer END) AS next_unsubstantiated,
                MAX(CASE WHEN fr.control_no = 3 THEN fr.answer END) AS next_step,
                MAX(CASE WHEN fr.control_no = 4 THEN fr.answer END) AS comments
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    CASE WHEN (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE')) THEN f.DATECOMPLETED END AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.CONTROLNAME WHEN 'AnnexAReturn_dateOfStratMeeting' THEN 1 WHEN 'CINCensus_unsubWhatNeedsToHappenNext' THEN 2 WHEN 'CINCensus_whatNeedsToHappenNext' THEN 3 WHEN 'CINCensus_outcomeOfSection47Enquiry' THEN 4 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN 'ANNEXARETURN_DATEOFSTRATMEETING' THEN 1 WHEN 'CINCENSUS_UNSUBWHATNEEDSTOHAPPENNEXT' THEN 2 WHEN 'CINCENSUS_WHATNEEDSTOHAPPENNEXT' THEN 3 WHEN 'CINCENSUS_OUTCOMEOFSECTION47ENQUIRY' THEN 4 END END AS control_no
                FROM "formanswerpersonview" f
                WHERE f.DESIGNGUID = 'fdca0a95-8578-43ca-97ff-ad3a8adf57de'
                    AND (f.INSTANCESTATE IS NULL OR NOT UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('DELETED', 'CANCELLED', 'DISCARDED'))
                OFFSET 0
            ) fr
            GROUP BY fr.instance_id, fr.person_id
    ),
    enquiries AS (
        SELECT CONCAT(s.person_id, '-', s.instance_id) AS event_key, s.person_id,
            COALESCE(s.start_date, s.started_date) AS event_date, s.completed_date,
            COALESCE(s.next_unsubstantiated, s.next_step) AS outcome, s.comments
        FROM s47_forms s
        WHERE COALESCE(s.start_date, s.started_date) IS NOT NULL
            AND (s.completed_date IS NULL OR s.completed_date >= (CURRENT_DATE - INTERVAL '6 years'))
            AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(s.person_id AS VARCHAR(48)))
    ),
    referrals AS (
        SELECT chosen.event_key, chosen.referral_id
        FROM (
            SELECT ev.event_key, ref.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ref.cine_referral_date DESC, ref.cine_referral_id DESC) AS pick
            FROM enquiries ev
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
            FROM enquiries ev
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
            FROM enquiries ev
            JOIN "relationshipprofessionalview" aw
                ON aw.PERSONID = ev.person_id AND UPPER(TRIM(CAST(aw.ALLOCATEDWORKERCODE AS VARCHAR(4000)))) = 'AW' AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    ssd_bridge_fill ("s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id", "s47e_s47_start_date", "s47e_s47_end_date", "s47e_s47_nfa", "s47e_s47_outcome_json", "s47e_s47_completed_by_team", "s47e_s47_completed_by_worker_id") AS (
    SELECT
        e.event_key,
        r.referral_id,
        CAST(e.person_id AS VARCHAR(48)),
        e.event_date,
        e.completed_date,
        CASE WHEN e.completed_date IS NULL THEN NULL ELSE CASE WHEN UPPER(TRIM(CAST(e.outcome AS VARCHAR(4000)))) IN ('NO FURTHER ACTION') THEN 'Y' ELSE 'N' END END,
        CASE WHEN e.completed_date IS NULL THEN NULL ELSE CONCAT('{'
            , '"NFA_FLAG": "', CASE WHEN UPPER(TRIM(CAST(e.outcome AS VARCHAR(4000)))) IN ('NO FURTHER ACTION') THEN 'Y' ELSE 'N' END, '"'
            , ', "LEGAL_ACTION_FLAG": "', 'N', '"'
            , ', "PROV_OF_SERVICES_FLAG": "', 'N', '"'
            , ', "PROV_OF_SB_CARE_FLAG": "', 'N', '"'
            , ', "CP_CONFERENCE_FLAG": "', CASE WHEN UPPER(TRIM(CAST(e.outcome AS VARCHAR(4000)))) IN ('CONVENE INITIAL CHILD PROTECTION CONFERENCE') THEN 'Y' ELSE 'N' END, '"'
            , ', "NFA_CONTINUE_SINGLE_FLAG": "', CASE WHEN UPPER(TRIM(CAST(e.outcome AS VARCHAR(4000)))) IN ('CONTINUE DISCUSSION AND PLAN', 'CONTINUE ASSESSMENT / PLAN', 'CONTINUE ASSESSMENT AND PLAN') THEN 'Y' ELSE 'N' END, '"'
            , ', "MONITOR_FLAG": "', 'N', '"'
            , ', "OTHER_OUTCOMES_EXIST_FLAG": "', CASE WHEN UPPER(TRIM(CAST(e.outcome AS VARCHAR(4000)))) IN ('FURTHER STRATEGY MEETING') THEN 'Y' ELSE 'N' END, '"'
            , ', "TOTAL_NO_OF_OUTCOMES": null, "OUTCOME_COMMENTS": ', CASE WHEN LENGTH(COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(e.comments, ''), 350) AS TEXT)) AS TEXT), 'null')) <= 352 THEN COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(e.comments, ''), 350) AS TEXT)) AS TEXT), 'null') ELSE COALESCE(CAST(TO_JSON(CAST(LEFT(COALESCE(e.comments, ''), 58) AS TEXT)) AS TEXT), 'null') END, '}') END,
        t.team_id,
        w.worker_id
    FROM enquiries e
    LEFT JOIN referrals r ON r.event_key = e.event_key
    LEFT JOIN teams t ON t.event_key = e.event_key
    LEFT JOIN workers w ON w.event_key = e.event_key
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("s47e_s47_enquiry_id" AS TEXT) AS "s47e_s47_enquiry_id", CAST("s47e_referral_id" AS TEXT) AS "s47e_referral_id", CAST("s47e_person_id" AS TEXT) AS "s47e_person_id", CAST("s47e_s47_start_date" AS TIMESTAMP) AS "s47e_s47_start_date", CAST("s47e_s47_end_date" AS TIMESTAMP) AS "s47e_s47_end_date", CAST("s47e_s47_nfa" AS TEXT) AS "s47e_s47_nfa", CAST("s47e_s47_outcome_json" AS TEXT) AS "s47e_s47_outcome_json", CAST("s47e_s47_completed_by_team" AS TEXT) AS "s47e_s47_completed_by_team", CAST("s47e_s47_completed_by_worker_id" AS TEXT) AS "s47e_s47_completed_by_worker_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_s47_enquiry" ("s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id", "s47e_s47_start_date", "s47e_s47_end_date", "s47e_s47_nfa", "s47e_s47_outcome_json", "s47e_s47_completed_by_team", "s47e_s47_completed_by_worker_id")
        SELECT CASE WHEN LENGTH("s47e_s47_enquiry_id") > 48 THEN CONCAT(LEFT("s47e_s47_enquiry_id", 47), '…') ELSE "s47e_s47_enquiry_id" END, CASE WHEN LENGTH("s47e_referral_id") > 48 THEN CONCAT(LEFT("s47e_referral_id", 47), '…') ELSE "s47e_referral_id" END, CASE WHEN LENGTH("s47e_person_id") > 48 THEN CONCAT(LEFT("s47e_person_id", 47), '…') ELSE "s47e_person_id" END, "s47e_s47_start_date", "s47e_s47_end_date", CASE WHEN LENGTH("s47e_s47_nfa") > 1 THEN CONCAT(LEFT("s47e_s47_nfa", 0), '…') ELSE "s47e_s47_nfa" END, CASE WHEN LENGTH("s47e_s47_outcome_json") > 1000 THEN CONCAT(LEFT("s47e_s47_outcome_json", 999), '…') ELSE "s47e_s47_outcome_json" END, CASE WHEN LENGTH("s47e_s47_completed_by_team") > 48 THEN CONCAT(LEFT("s47e_s47_completed_by_team", 47), '…') ELSE "s47e_s47_completed_by_team" END, CASE WHEN LENGTH("s47e_s47_completed_by_worker_id") > 100 THEN CONCAT(LEFT("s47e_s47_completed_by_worker_id", 99), '…') ELSE "s47e_s47_completed_by_worker_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' s47e_s47_enquiry_id=', COUNT(*) FILTER (WHERE LENGTH("s47e_s47_enquiry_id") > 48)), ' s47e_s47_enquiry_id=0'), NULLIF(CONCAT(' s47e_referral_id=', COUNT(*) FILTER (WHERE LENGTH("s47e_referral_id") > 48)), ' s47e_referral_id=0'), NULLIF(CONCAT(' s47e_person_id=', COUNT(*) FILTER (WHERE LENGTH("s47e_person_id") > 48)), ' s47e_person_id=0'), NULLIF(CONCAT(' s47e_s47_nfa=', COUNT(*) FILTER (WHERE LENGTH("s47e_s47_nfa") > 1)), ' s47e_s47_nfa=0'), NULLIF(CONCAT(' s47e_s47_outcome_json=', COUNT(*) FILTER (WHERE LENGTH("s47e_s47_outcome_json") > 1000)), ' s47e_s47_outcome_json=0'), NULLIF(CONCAT(' s47e_s47_completed_by_team=', COUNT(*) FILTER (WHERE LENGTH("s47e_s47_completed_by_team") > 48)), ' s47e_s47_completed_by_team=0'), NULLIF(CONCAT(' s47e_s47_completed_by_worker_id=', COUNT(*) FILTER (WHERE LENGTH("s47e_s47_completed_by_worker_id") > 100)), ' s47e_s47_completed_by_worker_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_s47_enquiry', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_s47_enquiry', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
