DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_initial_cp_conference'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_initial_cp_conference";
    WITH answers AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                fr.form_no,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                MAX(CASE WHEN fr.control_no = 1 THEN fr.answer END) AS meeting_type,
                COALESCE(MAX(CASE WHEN fr.control_no IN (2, 4) THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no IN (2, 4) AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS meeting_date,
                MAX(CASE WHEN fr.control_no = 3 THEN fr.answer END) AS next_step
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    CASE f.DESIGNGUID WHEN '21e01e2e-fd65-439d-a8aa-a179106a3d45' THEN 1 WHEN 'f9a86a19-ea09-41f0-9403-a88e2b0e738a' THEN 2 END AS form_no,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.DESIGNGUID WHEN '21e01e2e-fd65-439d-a8aa-a179106a3d45' THEN CASE f.CONTROLNAME WHEN 'AnnexAReturn_typeOfMeeting' THEN 1 WHEN '903Return_dateOfMeetingConference' THEN 2 WHEN 'ChildProtectionNextStep' THEN 3 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN 'ANNEXARETURN_TYPEOFMEETING' THEN 1 WHEN '903RETURN_DATEOFMEETINGCONFERENCE' THEN 2 WHEN 'CHILDPROTECTIONNEXTSTEP' THEN 3 END END WHEN 'f9a86a19-ea09-41f0-9403-a88e2b0e738a' THEN CASE f.CONTROLNAME WHEN 'dateOfMeeting' THEN 4 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN 'DATEOFMEETING' THEN 4 END END END AS control_no
                FROM "formanswerpersonview" f
                WHERE f.DESIGNGUID IN ('21e01e2e-fd65-439d-a8aa-a179106a3d45', 'f9a86a19-ea09-41f0-9403-a88e2b0e738a')
                    AND ((f.DESIGNGUID = '21e01e2e-fd65-439d-a8aa-a179106a3d45'
                        AND (f.DESIGNSUBNAME IN ('Child Protection - Initial Conference') OR UPPER(TRIM(CAST(f.DESIGNSUBNAME AS VARCHAR(4000)))) IN ('CHILD PROTECTION - INITIAL CONFERENCE'))
                        AND (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE')))
                        OR (f.DESIGNGUID = 'f9a86a19-ea09-41f0-9403-a88e2b0e738a'
                        AND (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE'))))
                OFFSET 0
            ) fr
            GROUP BY fr.instance_id, fr.person_id, fr.form_no
    ),
    meetings AS (
        SELECT fa.instance_id, fa.person_id, fa.completed_date, fa.meeting_type, fa.meeting_date, fa.next_step
        FROM answers fa
        WHERE fa.form_no = 1
    ),
    conferences AS (
        SELECT CONCAT(m.person_id, '-', m.instance_id) AS event_key, m.instance_id, m.person_id,
            COALESCE(m.meeting_date, m.completed_date) AS event_date, m.meeting_type, m.next_step
        FROM meetings m
        WHERE UPPER(TRIM(CAST(m.meeting_type AS VARCHAR(4000)))) IN ('CHILD PROTECTION (INITIAL CHILD PROTECTION CONFERENCE)', 'CHILD PROTECTION (TRANSFER IN CONFERENCE)')
            AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(m.person_id AS VARCHAR(48)))
            AND COALESCE(m.meeting_date, m.completed_date) >= (CURRENT_DATE - INTERVAL '6 years')
    ),
    strategy AS (
        SELECT fa.person_id, fa.meeting_date FROM answers fa WHERE fa.form_no = 2
    ),
    latest_strategy AS (
        SELECT c.event_key, MAX(sd.meeting_date) AS strategy_date
        FROM conferences c
        JOIN strategy sd ON sd.person_id = c.person_id AND sd.meeting_date <= c.event_date
        GROUP BY c.event_key
    ),
    bank_holidays AS (
        SELECT CAST(bh.holiday AS DATE) AS holiday
        FROM (VALUES ('2020-01-01'), ('2020-04-10'), ('2020-04-13'), ('2020-05-08'), ('2020-05-25'), ('2020-08-31'), ('2020-12-25'), ('2020-12-28'), ('2021-01-01'), ('2021-04-02'), ('2021-04-05'), ('2021-05-03'), ('2021-05-31'), ('2021-08-30'), ('2021-12-27'), ('2021-12-28'), ('2022-01-03'), ('2022-04-15'), ('2022-04-18'), ('2022-05-02'), ('2022-06-02'), ('2022-06-03'), ('2022-08-29'), ('2022-09-19'), ('2022-12-26'), ('2022-12-27'), ('2023-01-02'), ('2023-04-07'), ('2023-04-10'), ('2023-05-01'), ('2023-05-08'), ('2023-05-29'), ('2023-08-28'), ('2023-12-25'), ('2023-12-26'), ('2024-01-01'), ('2024-03-29'), ('2024-04-01'), ('2024-05-06'), ('2024-05-27'), ('2024-08-26'), ('2024-12-25'), ('2024-12-26'), ('2025-01-01'), ('2025-04-18'), ('2025-04-21'), ('2025-05-05'), ('2025-05-26'), ('2025-08-25'), ('2025-12-25'), ('2025-12-26'), ('2026-01-01'), ('2026-04-03'), ('2026-04-06'), ('2026-05-04'), ('2026-05-25'), ('2026-08-31'), ('2026-12-25'), ('2026-12-28'), ('2027-01-01'), ('2027-03-26'), ('2027-03-29'), ('2027-05-03'), ('2027-05-31'), ('2027-08-30'), ('2027-12-27'), ('2027-12-28')) AS bh (holiday)
    ),target_base AS (
        SELECT ls.event_key, ls.strategy_date,
            CASE (CAST(ls.strategy_date AS DATE) - CAST(CAST('2000-01-03' AS DATE) AS DATE)) % 7
                WHEN 5 THEN (ls.strategy_date + 20 * INTERVAL '1 day')
                WHEN 6 THEN (ls.strategy_date + 19 * INTERVAL '1 day')
                ELSE (ls.strategy_date + 21 * INTERVAL '1 day') END AS three_weeks
        FROM latest_strategy ls
    ),
    targets AS (
        SELECT tb.event_key, tb.three_weeks, COUNT(h.holiday) AS holidays
        FROM target_base tb
        LEFT JOIN bank_holidays h ON h.holiday > tb.strategy_date AND h.holiday <= tb.three_weeks
        GROUP BY tb.event_key, tb.three_weeks
    ),
    s47s AS (
        SELECT sx.event_key, sx.s47_id
        FROM (
            SELECT c.event_key, s.s47e_s47_enquiry_id AS s47_id,
                ROW_NUMBER() OVER (PARTITION BY c.event_key ORDER BY s.s47e_s47_start_date DESC, s.s47e_s47_enquiry_id DESC) AS pick
            FROM conferences c
            JOIN "ssd"."ssd_s47_enquiry" s
                ON s.s47e_person_id = CAST(c.person_id AS VARCHAR(48)) AND s.s47e_s47_start_date <= c.event_date
                AND s.s47e_s47_outcome_json LIKE '%"CP_CONFERENCE_FLAG": "Y"%'
        ) sx
        WHERE sx.pick = 1
    ),
    plans AS (
        SELECT px.event_key, px.plan_id
        FROM (
            SELECT c.event_key, CAST(cp.CLASSIFICATIONASSIGNMENTID AS VARCHAR(48)) AS plan_id,
                ROW_NUMBER() OVER (PARTITION BY c.event_key ORDER BY cp.STARTDATE, cp.CLASSIFICATIONASSIGNMENTID) AS pick
            FROM conferences c
            JOIN "classificationpersonview" cp
                ON cp.PERSONID = c.person_id AND cp.STARTDATE >= c.event_date
                AND cp.STARTDATE <= (c.event_date + 30 * INTERVAL '1 day')
            WHERE (cp.CLASSIFICATIONPATHID IN (51)) AND (cp.STATUS IS NULL OR NOT UPPER(TRIM(CAST(cp.STATUS AS VARCHAR(4000)))) = 'DELETED')
        ) px
        WHERE px.pick = 1
    ),
    referrals AS (
        SELECT chosen.event_key, chosen.referral_id
        FROM (
            SELECT ev.event_key, ref.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ref.cine_referral_date DESC, ref.cine_referral_id DESC) AS pick
            FROM conferences ev
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
            FROM conferences ev
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
            FROM conferences ev
            JOIN "relationshipprofessionalview" aw
                ON aw.PERSONID = ev.person_id AND UPPER(TRIM(CAST(aw.ALLOCATEDWORKERCODE AS VARCHAR(4000)))) = 'AW' AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    ssd_bridge_fill ("icpc_icpc_id", "icpc_icpc_meeting_id", "icpc_s47_enquiry_id", "icpc_person_id", "icpc_cp_plan_id", "icpc_referral_id", "icpc_icpc_transfer_in", "icpc_icpc_target_date", "icpc_icpc_date", "icpc_icpc_outcome_cp_flag", "icpc_icpc_outcome_json", "icpc_icpc_team", "icpc_icpc_worker_id") AS (
    SELECT
        c.event_key,
        CAST(c.instance_id AS VARCHAR(48)),
        s.s47_id,
        CAST(c.person_id AS VARCHAR(48)),
        p.plan_id,
        r.referral_id,
        CASE WHEN UPPER(TRIM(CAST(c.meeting_type AS VARCHAR(4000)))) = 'CHILD PROTECTION (TRANSFER IN CONFERENCE)' THEN 'Y' ELSE 'N' END,
        (tg.three_weeks + tg.holidays * INTERVAL '1 day'),
        c.event_date,
        CASE WHEN UPPER(TRIM(CAST(c.next_step AS VARCHAR(4000)))) = 'SET NEXT REVIEW' THEN 'Y' ELSE 'N' END,
        CONCAT('{"NFA_FLAG": "', CASE WHEN c.next_step IS NULL OR UPPER(TRIM(CAST(c.next_step AS VARCHAR(4000)))) = 'CASE CLOSURE' THEN 'Y' ELSE 'N' END,
            '", "REFERRAL_TO_OTHER_AGENCY_FLAG": "N", "SINGLE_ASSESSMENT_FLAG": "N", "PROV_OF_SERVICES_FLAG": "N", "CP_FLAG": "',
            CASE WHEN UPPER(TRIM(CAST(c.next_step AS VARCHAR(4000)))) = 'SET NEXT REVIEW' THEN 'Y' ELSE 'N' END,
            '", "OTHER_OUTCOMES_EXIST_FLAG": "', CASE WHEN UPPER(TRIM(CAST(c.next_step AS VARCHAR(4000)))) = 'CIN' THEN 'Y' ELSE 'N' END,
            '", "TOTAL_NO_OF_OUTCOMES": null, "COMMENTS": ""}'),
        t.team_id,
        w.worker_id
    FROM conferences c
    LEFT JOIN targets tg ON tg.event_key = c.event_key
    LEFT JOIN s47s s ON s.event_key = c.event_key
    LEFT JOIN plans p ON p.event_key = c.event_key
    LEFT JOIN referrals r ON r.event_key = c.event_key
    LEFT JOIN teams t ON t.event_key = c.event_key
    LEFT JOIN workers w ON w.event_key = c.event_key
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("icpc_icpc_id" AS TEXT) AS "icpc_icpc_id", CAST("icpc_icpc_meeting_id" AS TEXT) AS "icpc_icpc_meeting_id", CAST("icpc_s47_enquiry_id" AS TEXT) AS "icpc_s47_enquiry_id", CAST("icpc_person_id" AS TEXT) AS "icpc_person_id", CAST("icpc_cp_plan_id" AS TEXT) AS "icpc_cp_plan_id", CAST("icpc_referral_id" AS TEXT) AS "icpc_referral_id", CAST("icpc_icpc_transfer_in" AS TEXT) AS "icpc_icpc_transfer_in", CAST("icpc_icpc_target_date" AS TIMESTAMP) AS "icpc_icpc_target_date", CAST("icpc_icpc_date" AS TIMESTAMP) AS "icpc_icpc_date", CAST("icpc_icpc_outcome_cp_flag" AS TEXT) AS "icpc_icpc_outcome_cp_flag", CAST("icpc_icpc_outcome_json" AS TEXT) AS "icpc_icpc_outcome_json", CAST("icpc_icpc_team" AS TEXT) AS "icpc_icpc_team", CAST("icpc_icpc_worker_id" AS TEXT) AS "icpc_icpc_worker_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_initial_cp_conference" ("icpc_icpc_id", "icpc_icpc_meeting_id", "icpc_s47_enquiry_id", "icpc_person_id", "icpc_cp_plan_id", "icpc_referral_id", "icpc_icpc_transfer_in", "icpc_icpc_target_date", "icpc_icpc_date", "icpc_icpc_outcome_cp_flag", "icpc_icpc_outcome_json", "icpc_icpc_team", "icpc_icpc_worker_id")
        SELECT CASE WHEN LENGTH("icpc_icpc_id") > 48 THEN CONCAT(LEFT("icpc_icpc_id", 47), '…') ELSE "icpc_icpc_id" END, CASE WHEN LENGTH("icpc_icpc_meeting_id") > 48 THEN CONCAT(LEFT("icpc_icpc_meeting_id", 47), '…') ELSE "icpc_icpc_meeting_id" END, CASE WHEN LENGTH("icpc_s47_enquiry_id") > 48 THEN CONCAT(LEFT("icpc_s47_enquiry_id", 47), '…') ELSE "icpc_s47_enquiry_id" END, CASE WHEN LENGTH("icpc_person_id") > 48 THEN CONCAT(LEFT("icpc_person_id", 47), '…') ELSE "icpc_person_id" END, CASE WHEN LENGTH("icpc_cp_plan_id") > 48 THEN CONCAT(LEFT("icpc_cp_plan_id", 47), '…') ELSE "icpc_cp_plan_id" END, CASE WHEN LENGTH("icpc_referral_id") > 48 THEN CONCAT(LEFT("icpc_referral_id", 47), '…') ELSE "icpc_referral_id" END, CASE WHEN LENGTH("icpc_icpc_transfer_in") > 1 THEN CONCAT(LEFT("icpc_icpc_transfer_in", 0), '…') ELSE "icpc_icpc_transfer_in" END, "icpc_icpc_target_date", "icpc_icpc_date", CASE WHEN LENGTH("icpc_icpc_outcome_cp_flag") > 1 THEN CONCAT(LEFT("icpc_icpc_outcome_cp_flag", 0), '…') ELSE "icpc_icpc_outcome_cp_flag" END, CASE WHEN LENGTH("icpc_icpc_outcome_json") > 1000 THEN CONCAT(LEFT("icpc_icpc_outcome_json", 999), '…') ELSE "icpc_icpc_outcome_json" END, CASE WHEN LENGTH("icpc_icpc_team") > 48 THEN CONCAT(LEFT("icpc_icpc_team", 47), '…') ELSE "icpc_icpc_team" END, CASE WHEN LENGTH("icpc_icpc_worker_id") > 100 THEN CONCAT(LEFT("icpc_icpc_worker_id", 99), '…') ELSE "icpc_icpc_worker_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' icpc_icpc_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_id") > 48)), ' icpc_icpc_id=0'), NULLIF(CONCAT(' icpc_icpc_meeting_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_meeting_id") > 48)), ' icpc_icpc_meeting_id=0'), NULLIF(CONCAT(' icpc_s47_enquiry_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_s47_enquiry_id") > 48)), ' icpc_s47_enquiry_id=0'), NULLIF(CONCAT(' icpc_person_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_person_id") > 48)), ' icpc_person_id=0'), NULLIF(CONCAT(' icpc_cp_plan_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_cp_plan_id") > 48)), ' icpc_cp_plan_id=0'), NULLIF(CONCAT(' icpc_referral_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_referral_id") > 48)), ' icpc_referral_id=0'), NULLIF(CONCAT(' icpc_icpc_transfer_in=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_transfer_in") > 1)), ' icpc_icpc_transfer_in=0'), NULLIF(CONCAT(' icpc_icpc_outcome_cp_flag=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_outcome_cp_flag") > 1)), ' icpc_icpc_outcome_cp_flag=0'), NULLIF(CONCAT(' icpc_icpc_outcome_json=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_outcome_json") > 1000)), ' icpc_icpc_outcome_json=0'), NULLIF(CONCAT(' icpc_icpc_team=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_team") > 48)), ' icpc_icpc_team=0'), NULLIF(CONCAT(' icpc_icpc_worker_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_worker_id") > 100)), ' icpc_icpc_worker_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_initial_cp_conference', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_initial_cp_conference', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
