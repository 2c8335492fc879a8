DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cin_assessments'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cin_assessments";
    WITH answers AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                fr.form_no,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no IN (1, 4) THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no IN (1, 4) AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS start_date,
                MAX(CASE WHEN fr.control_no IN (2, 5) THEN fr.answer END) AS seen,
                MAX(CASE WHEN fr.control_no IN (3, 6) THEN fr.answer END) AS outcome
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    CASE f.DESIGNGUID WHEN '94b3f530-a918-4f33-85c2-0ae355c9c2fd' THEN 1 WHEN '6d3b942a-37ad-40ef-8cc6-b202d2cd1c0e' THEN 2 END AS form_no,
                    CASE WHEN (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE')) THEN f.DATECOMPLETED END AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.DESIGNGUID WHEN '94b3f530-a918-4f33-85c2-0ae355c9c2fd' THEN CASE f.CONTROLNAME WHEN 'CINCensus_startDateOfForm' THEN 1 WHEN 'SeenAlone' THEN 2 WHEN 'WorkerOutcome' THEN 3 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN 'CINCENSUS_STARTDATEOFFORM' THEN 1 WHEN 'SEENALONE' THEN 2 WHEN 'WORKEROUTCOME' THEN 3 END END WHEN '6d3b942a-37ad-40ef-8cc6-b202d2cd1c0e' THEN CASE f.CONTROLNAME WHEN 'dateOfDocument' THEN 4 WHEN 'wasTheChildSeen' THEN 5 WHEN 'outcomes2' THEN 6 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN 'DATEOFDOCUMENT' THEN 4 WHEN 'WASTHECHILDSEEN' THEN 5 WHEN 'OUTCOMES2' THEN 6 END END END AS control_no
                FROM "formanswerpersonview" f
                WHERE f.DESIGNGUID IN ('94b3f530-a918-4f33-85c2-0ae355c9c2fd', '6d3b942a-37ad-40ef-8cc6-b202d2cd1c0e')
                    AND ((f.DESIGNGUID = '94b3f530-a918-4f33-85c2-0ae355c9c2fd'
                        AND (f.DESIGNSUBNAME IN ('Single assessment', 'Reassessment') OR UPPER(TRIM(CAST(f.DESIGNSUBNAME AS VARCHAR(4000)))) IN ('SINGLE ASSESSMENT', 'REASSESSMENT'))
                        AND (f.INSTANCESTATE IS NULL OR NOT UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('DELETED', 'CANCELLED', 'DISCARDED')))
                        OR (f.DESIGNGUID = '6d3b942a-37ad-40ef-8cc6-b202d2cd1c0e'
                        AND (f.INSTANCESTATE IS NULL OR NOT UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('DELETED', 'CANCELLED', 'DISCARDED'))))
                OFFSET 0
            ) fr
            GROUP BY fr.instance_id, fr.person_id, fr.form_no
    ),
    assessments AS (
        SELECT CONCAT(fa.person_id, '-', fa.instance_id) AS event_key, fa.person_id, fa.start_date AS event_date,
            fa.completed_date, fa.outcome,
            CASE WHEN fa.form_no = 1 THEN CASE WHEN UPPER(TRIM(CAST(fa.seen AS VARCHAR(4000)))) IN ('CHILD SEEN ALONE', 'CHILD SEEN WITH OTHERS') THEN 'Y' ELSE 'N' END
                WHEN UPPER(TRIM(CAST(LEFT(LTRIM(fa.seen), 1) AS VARCHAR(4000)))) IN ('Y', 'N') THEN UPPER(LEFT(LTRIM(fa.seen), 1)) END AS child_seen
        FROM answers fa
    ),
    in_scope AS (
        SELECT a.event_key, a.person_id, a.event_date, a.completed_date, a.outcome, a.child_seen
        FROM assessments a
        WHERE a.event_date IS NOT NULL
            AND (a.completed_date IS NULL OR a.completed_date >= (CURRENT_DATE - INTERVAL '6 years'))
            AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(a.person_id AS VARCHAR(48)))
    ),
    referrals AS (
        SELECT chosen.event_key, chosen.referral_id
        FROM (
            SELECT ev.event_key, ref.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ref.cine_referral_date DESC, ref.cine_referral_id DESC) AS pick
            FROM in_scope ev
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
            FROM in_scope ev
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
            FROM in_scope ev
            JOIN "relationshipprofessionalview" aw
                ON aw.PERSONID = ev.person_id AND UPPER(TRIM(CAST(aw.ALLOCATEDWORKERCODE AS VARCHAR(4000)))) = 'AW' AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    ssd_bridge_fill ("cina_assessment_id", "cina_person_id", "cina_referral_id", "cina_assessment_start_date", "cina_assessment_child_seen", "cina_assessment_auth_date", "cina_assessment_outcome_json", "cina_assessment_outcome_nfa", "cina_assessment_team", "cina_assessment_worker_id") AS (
    SELECT
        a.event_key,
        CAST(a.person_id AS VARCHAR(48)),
        r.referral_id,
        a.event_date,
        a.child_seen,
        a.completed_date,
        CONCAT('{'
            , '"OUTCOME_NFA_FLAG": "', CASE WHEN UPPER(TRIM(CAST(a.outcome AS VARCHAR(4000)))) IN ('CASE CLOSURE', 'STEP DOWN TO UNIVERSAL SERVICES/SIGNPOSTING', 'ADVICE, GUIDANCE AND SIGNPOSTING', 'TRANSFER TO EARLY SUPPORT PLAN') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_NFA_S47_END_FLAG": "', 'N', '"'
            , ', "OUTCOME_STRATEGY_DISCUSSION_FLAG": "', CASE WHEN UPPER(TRIM(CAST(a.outcome AS VARCHAR(4000)))) IN ('PROGRESS TO CHILD PROTECTION', 'RECOMMEND/PROGRESS TO STRATEGY DISCUSSION') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_CLA_REQUEST_FLAG": "', CASE WHEN UPPER(TRIM(CAST(a.outcome AS VARCHAR(4000)))) IN ('RECOMMEND CHILD LOOKED AFTER PLANNING', 'PRIVATELY FOSTERED CHILD', 'RECOMMEND CHILDREN AND YOUNG PEOPLE IN CARE PLANNING') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_PRIVATE_FOSTERING_FLAG": "', CASE WHEN UPPER(TRIM(CAST(a.outcome AS VARCHAR(4000)))) IN ('PRIVATELY FOSTERED CHILD NOT DEEMED TO BE CHILD IN NEED') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_LEGAL_ACTION_FLAG": "', 'N', '"'
            , ', "OUTCOME_PROV_OF_SERVICES_FLAG": "', CASE WHEN UPPER(TRIM(CAST(a.outcome AS VARCHAR(4000)))) IN ('RECOMMEND CHILD IN NEED PLANNING', 'CONTINUE WITH EXISTING PLAN', 'RECOMMEND DISABLED CHILDREN AND YOUNG PEOPLE', 'RECOMMEND FAMILY HELP SEND SERVICE', 'RECOMMEND/PROGRESS TO FAMILY HELP DISCUSSION') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_PROV_OF_SB_CARE_FLAG": "', CASE WHEN UPPER(TRIM(CAST(a.outcome AS VARCHAR(4000)))) IN ('SHORT BREAK (CHILD IN NEED)') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_SPECIALIST_ASSESSMENT_FLAG": "', 'N', '"'
            , ', "OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG": "', 'N', '"'
            , ', "OUTCOME_OTHER_ACTIONS_FLAG": "', 'N', '"'
            , ', "OTHER_OUTCOMES_EXIST_FLAG": "', CASE WHEN UPPER(TRIM(CAST(a.outcome AS VARCHAR(4000)))) IN ('REFER TO EARLY INTERVENTION', 'TRANSFER (CIN / CP / CLA)') THEN 'Y' ELSE 'N' END, '"'
            , ', "TOTAL_NO_OF_OUTCOMES": ""}'),
        CASE WHEN a.completed_date IS NULL THEN NULL ELSE CASE WHEN UPPER(TRIM(CAST(a.outcome AS VARCHAR(4000)))) IN ('CASE CLOSURE', 'STEP DOWN TO UNIVERSAL SERVICES/SIGNPOSTING', 'ADVICE, GUIDANCE AND SIGNPOSTING', 'TRANSFER TO EARLY SUPPORT PLAN') THEN 'Y' ELSE 'N' END END,
        t.team_id,
        w.worker_id
    FROM in_scope a
    LEFT JOIN referrals r ON r.event_key = a.event_key
    LEFT JOIN teams t ON t.event_key = a.event_key
    LEFT JOIN workers w ON w.event_key = a.event_key
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("cina_assessment_id" AS TEXT) AS "cina_assessment_id", CAST("cina_person_id" AS TEXT) AS "cina_person_id", CAST("cina_referral_id" AS TEXT) AS "cina_referral_id", CAST("cina_assessment_start_date" AS TIMESTAMP) AS "cina_assessment_start_date", CAST("cina_assessment_child_seen" AS TEXT) AS "cina_assessment_child_seen", CAST("cina_assessment_auth_date" AS TIMESTAMP) AS "cina_assessment_auth_date", CAST("cina_assessment_outcome_json" AS TEXT) AS "cina_assessment_outcome_json", CAST("cina_assessment_outcome_nfa" AS TEXT) AS "cina_assessment_outcome_nfa", CAST("cina_assessment_team" AS TEXT) AS "cina_assessment_team", CAST("cina_assessment_worker_id" AS TEXT) AS "cina_assessment_worker_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cin_assessments" ("cina_assessment_id", "cina_person_id", "cina_referral_id", "cina_assessment_start_date", "cina_assessment_child_seen", "cina_assessment_auth_date", "cina_assessment_outcome_json", "cina_assessment_outcome_nfa", "cina_assessment_team", "cina_assessment_worker_id")
        SELECT CASE WHEN LENGTH("cina_assessment_id") > 48 THEN CONCAT(LEFT("cina_assessment_id", 47), '…') ELSE "cina_assessment_id" END, CASE WHEN LENGTH("cina_person_id") > 48 THEN CONCAT(LEFT("cina_person_id", 47), '…') ELSE "cina_person_id" END, CASE WHEN LENGTH("cina_referral_id") > 48 THEN CONCAT(LEFT("cina_referral_id", 47), '…') ELSE "cina_referral_id" END, "cina_assessment_start_date", CASE WHEN LENGTH("cina_assessment_child_seen") > 1 THEN CONCAT(LEFT("cina_assessment_child_seen", 0), '…') ELSE "cina_assessment_child_seen" END, "cina_assessment_auth_date", CASE WHEN LENGTH("cina_assessment_outcome_json") > 1000 THEN CONCAT(LEFT("cina_assessment_outcome_json", 999), '…') ELSE "cina_assessment_outcome_json" END, CASE WHEN LENGTH("cina_assessment_outcome_nfa") > 1 THEN CONCAT(LEFT("cina_assessment_outcome_nfa", 0), '…') ELSE "cina_assessment_outcome_nfa" END, CASE WHEN LENGTH("cina_assessment_team") > 48 THEN CONCAT(LEFT("cina_assessment_team", 47), '…') ELSE "cina_assessment_team" END, CASE WHEN LENGTH("cina_assessment_worker_id") > 100 THEN CONCAT(LEFT("cina_assessment_worker_id", 99), '…') ELSE "cina_assessment_worker_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' cina_assessment_id=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_id") > 48)), ' cina_assessment_id=0'), NULLIF(CONCAT(' cina_person_id=', COUNT(*) FILTER (WHERE LENGTH("cina_person_id") > 48)), ' cina_person_id=0'), NULLIF(CONCAT(' cina_referral_id=', COUNT(*) FILTER (WHERE LENGTH("cina_referral_id") > 48)), ' cina_referral_id=0'), NULLIF(CONCAT(' cina_assessment_child_seen=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_child_seen") > 1)), ' cina_assessment_child_seen=0'), NULLIF(CONCAT(' cina_assessment_outcome_json=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_outcome_json") > 1000)), ' cina_assessment_outcome_json=0'), NULLIF(CONCAT(' cina_assessment_outcome_nfa=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_outcome_nfa") > 1)), ' cina_assessment_outcome_nfa=0'), NULLIF(CONCAT(' cina_assessment_team=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_team") > 48)), ' cina_assessment_team=0'), NULLIF(CONCAT(' cina_assessment_worker_id=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_worker_id") > 100)), ' cina_assessment_worker_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cin_assessments', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cin_assessments', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
