RAISERROR(N'refilling ssd_initial_cp_conference', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_initial_cp_conference') IS NOT NULL DROP TABLE [#ssd_load_ssd_initial_cp_conference];
    CREATE TABLE [#ssd_load_ssd_initial_cp_conference] ([icpc_icpc_id] NVARCHAR(MAX), [icpc_icpc_meeting_id] NVARCHAR(MAX), [icpc_s47_enquiry_id] NVARCHAR(MAX), [icpc_person_id] NVARCHAR(MAX), [icpc_cp_plan_id] NVARCHAR(MAX), [icpc_referral_id] NVARCHAR(MAX), [icpc_icpc_transfer_in] NVARCHAR(MAX), [icpc_icpc_target_date] DATETIME, [icpc_icpc_date] DATETIME, [icpc_icpc_outcome_cp_flag] NVARCHAR(MAX), [icpc_icpc_outcome_json] NVARCHAR(MAX), [icpc_icpc_team] NVARCHAR(MAX), [icpc_icpc_worker_id] NVARCHAR(MAX));
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
                         MAX(CASE WHEN fr.control_no IN (2, 4) AND fr.date_answer IS NULL THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END) = 0 OR CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END LIKE N'.[0-9]%' AND SUBSTRING(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 103) END END)) AS meeting_date,
                MAX(CASE WHEN fr.control_no = 3 THEN fr.answer END) AS next_step
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    CASE f.DESIGNGUID WHEN N'21e01e2e-fd65-439d-a8aa-a179106a3d45' THEN 1 WHEN N'f9a86a19-ea09-41f0-9403-a88e2b0e738a' THEN 2 END AS form_no,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.DESIGNGUID WHEN N'21e01e2e-fd65-439d-a8aa-a179106a3d45' THEN CASE f.CONTROLNAME WHEN N'AnnexAReturn_typeOfMeeting' THEN 1 WHEN N'903Return_dateOfMeetingConference' THEN 2 WHEN N'ChildProtectionNextStep' THEN 3 ELSE CASE UPPER(LTRIM(RTRIM(CAST(f.CONTROLNAME AS NVARCHAR(4000))))) WHEN N'ANNEXARETURN_TYPEOFMEETING' THEN 1 WHEN N'903RETURN_DATEOFMEETINGCONFERENCE' THEN 2 WHEN N'CHILDPROTECTIONNEXTSTEP' THEN 3 END END WHEN N'f9a86a19-ea09-41f0-9403-a88e2b0e738a' THEN CASE f.CONTROLNAME WHEN N'dateOfMeeting' THEN 4 ELSE CASE UPPER(LTRIM(RTRIM(CAST(f.CONTROLNAME AS NVARCHAR(4000))))) WHEN N'DATEOFMEETING' THEN 4 END END END AS control_no
                FROM [FORMANSWERPERSONVIEW] f
                WHERE f.DESIGNGUID IN (N'21e01e2e-fd65-439d-a8aa-a179106a3d45', N'f9a86a19-ea09-41f0-9403-a88e2b0e738a')
                    AND ((f.DESIGNGUID = N'21e01e2e-fd65-439d-a8aa-a179106a3d45'
                        AND (f.DESIGNSUBNAME IN (N'Child Protection - Initial Conference') OR UPPER(LTRIM(RTRIM(CAST(f.DESIGNSUBNAME AS NVARCHAR(4000))))) IN (N'CHILD PROTECTION - INITIAL CONFERENCE'))
                        AND (f.INSTANCESTATE IN (N'COMPLETE') OR UPPER(LTRIM(RTRIM(CAST(f.INSTANCESTATE AS NVARCHAR(4000))))) IN (N'COMPLETE')))
                        OR (f.DESIGNGUID = N'f9a86a19-ea09-41f0-9403-a88e2b0e738a'
                        AND (f.INSTANCESTATE IN (N'COMPLETE') OR UPPER(LTRIM(RTRIM(CAST(f.INSTANCESTATE AS NVARCHAR(4000))))) IN (N'COMPLETE'))))
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
        WHERE UPPER(LTRIM(RTRIM(CAST(m.meeting_type AS NVARCHAR(4000))))) IN (N'CHILD PROTECTION (INITIAL CHILD PROTECTION CONFERENCE)', N'CHILD PROTECTION (TRANSFER IN CONFERENCE)')
            AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(m.person_id AS NVARCHAR(48)))
            AND COALESCE(m.meeting_date, m.completed_date) >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
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
        FROM (VALUES (N'2020-01-01'), (N'2020-04-10'), (N'2020-04-13'), (N'2020-05-08'), (N'2020-05-25'), (N'2020-08-31'), (N'2020-12-25'), (N'2020-12-28'), (N'2021-01-01'), (N'2021-04-02'), (N'2021-04-05'), (N'2021-05-03'), (N'2021-05-31'), (N'2021-08-30'), (N'2021-12-27'), (N'2021-12-28'), (N'2022-01-03'), (N'2022-04-15'), (N'2022-04-18'), (N'2022-05-02'), (N'2022-06-02'), (N'2022-06-03'), (N'2022-08-29'), (N'2022-09-19'), (N'2022-12-26'), (N'2022-12-27'), (N'2023-01-02'), (N'2023-04-07'), (N'2023-04-10'), (N'2023-05-01'), (N'2023-05-08'), (N'2023-05-29'), (N'2023-08-28'), (N'2023-12-25'), (N'2023-12-26'), (N'2024-01-01'), (N'2024-03-29'), (N'2024-04-01'), (N'2024-05-06'), (N'2024-05-27'), (N'2024-08-26'), (N'2024-12-25'), (N'2024-12-26'), (N'2025-01-01'), (N'2025-04-18'), (N'2025-04-21'), (N'2025-05-05'), (N'2025-05-26'), (N'2025-08-25'), (N'2025-12-25'), (N'2025-12-26'), (N'2026-01-01'), (N'2026-04-03'), (N'2026-04-06'), (N'2026-05-04'), (N'2026-05-25'), (N'2026-08-31'), (N'2026-12-25'), (N'2026-12-28'), (N'2027-01-01'), (N'2027-03-26'), (N'2027-03-29'), (N'2027-05-03'), (N'2027-05-31'), (N'2027-08-30'), (N'2027-12-27'), (N'2027-12-28')) AS bh (holiday)
    ),target_base AS (
        SELECT ls.event_key, ls.strategy_date,
            CASE DATEDIFF(DAY, CAST('2000-01-03' AS DATE), ls.strategy_date) % 7
                WHEN 5 THEN DATEADD(DAY, 20, ls.strategy_date)
                WHEN 6 THEN DATEADD(DAY, 19, ls.strategy_date)
                ELSE DATEADD(DAY, 21, ls.strategy_date) END AS three_weeks
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
            JOIN [ssd].[ssd_s47_enquiry] s
                ON s.s47e_person_id = CAST(c.person_id AS NVARCHAR(48)) AND s.s47e_s47_start_date <= c.event_date
                AND s.s47e_s47_outcome_json LIKE '%"CP_CONFERENCE_FLAG": "Y"%'
        ) sx
        WHERE sx.pick = 1
    ),
    plans AS (
        SELECT px.event_key, px.plan_id
        FROM (
            SELECT c.event_key, CAST(cp.CLASSIFICATIONASSIGNMENTID AS NVARCHAR(48)) AS plan_id,
                ROW_NUMBER() OVER (PARTITION BY c.event_key ORDER BY cp.STARTDATE, cp.CLASSIFICATIONASSIGNMENTID) AS pick
            FROM conferences c
            JOIN [CLASSIFICATIONPERSONVIEW] cp
                ON cp.PERSONID = c.person_id AND cp.STARTDATE >= c.event_date
                AND cp.STARTDATE <= DATEADD(DAY, 30, c.event_date)
            WHERE (cp.CLASSIFICATIONPATHID IN (51)) AND (cp.STATUS IS NULL OR NOT UPPER(LTRIM(RTRIM(CAST(cp.STATUS AS NVARCHAR(4000))))) = N'DELETED')
        ) px
        WHERE px.pick = 1
    ),
    referrals AS (
        SELECT chosen.event_key, chosen.referral_id
        FROM (
            SELECT ev.event_key, ref.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ref.cine_referral_date DESC, ref.cine_referral_id DESC) AS pick
            FROM conferences ev
            JOIN [ssd].[ssd_cin_episodes] ref
                ON ref.cine_person_id = CAST(ev.person_id AS NVARCHAR(48)) AND ref.cine_referral_date <= ev.event_date
        ) chosen
        WHERE chosen.pick = 1
    ),
    teams AS (
        SELECT chosen.event_key, chosen.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS NVARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM conferences ev
            JOIN [PERSONORGRELATIONSHIPVIEW] tm
                ON tm.PERSONID = ev.person_id AND UPPER(LTRIM(RTRIM(CAST(tm.ALLOCATEDTEAMCODE AS NVARCHAR(4000))))) = N'AT' AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    workers AS (
        SELECT chosen.event_key, chosen.worker_id
        FROM (
            SELECT ev.event_key, CAST(aw.PROFESSIONALRELATIONSHIPPERSONID AS NVARCHAR(48)) AS worker_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY aw.STARTDATE DESC, aw.PERSONRELATIONSHIPRECORDID DESC) AS pick
            FROM conferences ev
            JOIN [RELATIONSHIPPROFESSIONALVIEW] aw
                ON aw.PERSONID = ev.person_id AND UPPER(LTRIM(RTRIM(CAST(aw.ALLOCATEDWORKERCODE AS NVARCHAR(4000))))) = N'AW' AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_initial_cp_conference] ([icpc_icpc_id], [icpc_icpc_meeting_id], [icpc_s47_enquiry_id], [icpc_person_id], [icpc_cp_plan_id], [icpc_referral_id], [icpc_icpc_transfer_in], [icpc_icpc_target_date], [icpc_icpc_date], [icpc_icpc_outcome_cp_flag], [icpc_icpc_outcome_json], [icpc_icpc_team], [icpc_icpc_worker_id])
    SELECT
        c.event_key,
        CAST(c.instance_id AS NVARCHAR(48)),
        s.s47_id,
        CAST(c.person_id AS NVARCHAR(48)),
        p.plan_id,
        r.referral_id,
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(c.meeting_type AS NVARCHAR(4000))))) = N'CHILD PROTECTION (TRANSFER IN CONFERENCE)' THEN 'Y' ELSE 'N' END,
        DATEADD(DAY, tg.holidays, tg.three_weeks),
        c.event_date,
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(c.next_step AS NVARCHAR(4000))))) = N'SET NEXT REVIEW' THEN 'Y' ELSE 'N' END,
        CONCAT('{"NFA_FLAG": "', CASE WHEN c.next_step IS NULL OR UPPER(LTRIM(RTRIM(CAST(c.next_step AS NVARCHAR(4000))))) = N'CASE CLOSURE' THEN 'Y' ELSE 'N' END,
            '", "REFERRAL_TO_OTHER_AGENCY_FLAG": "N", "SINGLE_ASSESSMENT_FLAG": "N", "PROV_OF_SERVICES_FLAG": "N", "CP_FLAG": "',
            CASE WHEN UPPER(LTRIM(RTRIM(CAST(c.next_step AS NVARCHAR(4000))))) = N'SET NEXT REVIEW' THEN 'Y' ELSE 'N' END,
            '", "OTHER_OUTCOMES_EXIST_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(c.next_step AS NVARCHAR(4000))))) = N'CIN' THEN 'Y' ELSE 'N' END,
            '", "TOTAL_NO_OF_OUTCOMES": null, "COMMENTS": ""}'),
        t.team_id,
        w.worker_id
    FROM conferences c
    LEFT JOIN targets tg ON tg.event_key = c.event_key
    LEFT JOIN s47s s ON s.event_key = c.event_key
    LEFT JOIN plans p ON p.event_key = c.event_key
    LEFT JOIN referrals r ON r.event_key = c.event_key
    LEFT JOIN teams t ON t.event_key = c.event_key
    LEFT JOIN workers w ON w.event_key = c.event_key;
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_initial_cp_conference];
    INSERT INTO [ssd].[ssd_initial_cp_conference] ([icpc_icpc_id], [icpc_icpc_meeting_id], [icpc_s47_enquiry_id], [icpc_person_id], [icpc_cp_plan_id], [icpc_referral_id], [icpc_icpc_transfer_in], [icpc_icpc_target_date], [icpc_icpc_date], [icpc_icpc_outcome_cp_flag], [icpc_icpc_outcome_json], [icpc_icpc_team], [icpc_icpc_worker_id])
    SELECT CASE WHEN LEN([icpc_icpc_id]) > 48 THEN CONCAT(LEFT([icpc_icpc_id], 47), N'…') ELSE [icpc_icpc_id] END, CASE WHEN LEN([icpc_icpc_meeting_id]) > 48 THEN CONCAT(LEFT([icpc_icpc_meeting_id], 47), N'…') ELSE [icpc_icpc_meeting_id] END, CASE WHEN LEN([icpc_s47_enquiry_id]) > 48 THEN CONCAT(LEFT([icpc_s47_enquiry_id], 47), N'…') ELSE [icpc_s47_enquiry_id] END, CASE WHEN LEN([icpc_person_id]) > 48 THEN CONCAT(LEFT([icpc_person_id], 47), N'…') ELSE [icpc_person_id] END, CASE WHEN LEN([icpc_cp_plan_id]) > 48 THEN CONCAT(LEFT([icpc_cp_plan_id], 47), N'…') ELSE [icpc_cp_plan_id] END, CASE WHEN LEN([icpc_referral_id]) > 48 THEN CONCAT(LEFT([icpc_referral_id], 47), N'…') ELSE [icpc_referral_id] END, CASE WHEN LEN([icpc_icpc_transfer_in]) > 1 THEN CONCAT(LEFT([icpc_icpc_transfer_in], 0), N'…') ELSE [icpc_icpc_transfer_in] END, [icpc_icpc_target_date], [icpc_icpc_date], CASE WHEN LEN([icpc_icpc_outcome_cp_flag]) > 1 THEN CONCAT(LEFT([icpc_icpc_outcome_cp_flag], 0), N'…') ELSE [icpc_icpc_outcome_cp_flag] END, CASE WHEN LEN([icpc_icpc_outcome_json]) > 1000 THEN CONCAT(LEFT([icpc_icpc_outcome_json], 999), N'…') ELSE [icpc_icpc_outcome_json] END, CASE WHEN LEN([icpc_icpc_team]) > 48 THEN CONCAT(LEFT([icpc_icpc_team], 47), N'…') ELSE [icpc_icpc_team] END, CASE WHEN LEN([icpc_icpc_worker_id]) > 100 THEN CONCAT(LEFT([icpc_icpc_worker_id], 99), N'…') ELSE [icpc_icpc_worker_id] END FROM [#ssd_load_ssd_initial_cp_conference];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_initial_cp_conference', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' icpc_icpc_id=', SUM(CASE WHEN LEN([icpc_icpc_id]) > 48 THEN 1 ELSE 0 END)), N' icpc_icpc_id=0'), NULLIF(CONCAT(N' icpc_icpc_meeting_id=', SUM(CASE WHEN LEN([icpc_icpc_meeting_id]) > 48 THEN 1 ELSE 0 END)), N' icpc_icpc_meeting_id=0'), NULLIF(CONCAT(N' icpc_s47_enquiry_id=', SUM(CASE WHEN LEN([icpc_s47_enquiry_id]) > 48 THEN 1 ELSE 0 END)), N' icpc_s47_enquiry_id=0'), NULLIF(CONCAT(N' icpc_person_id=', SUM(CASE WHEN LEN([icpc_person_id]) > 48 THEN 1 ELSE 0 END)), N' icpc_person_id=0'), NULLIF(CONCAT(N' icpc_cp_plan_id=', SUM(CASE WHEN LEN([icpc_cp_plan_id]) > 48 THEN 1 ELSE 0 END)), N' icpc_cp_plan_id=0'), NULLIF(CONCAT(N' icpc_referral_id=', SUM(CASE WHEN LEN([icpc_referral_id]) > 48 THEN 1 ELSE 0 END)), N' icpc_referral_id=0'), NULLIF(CONCAT(N' icpc_icpc_transfer_in=', SUM(CASE WHEN LEN([icpc_icpc_transfer_in]) > 1 THEN 1 ELSE 0 END)), N' icpc_icpc_transfer_in=0'), NULLIF(CONCAT(N' icpc_icpc_outcome_cp_flag=', SUM(CASE WHEN LEN([icpc_icpc_outcome_cp_flag]) > 1 THEN 1 ELSE 0 END)), N' icpc_icpc_outcome_cp_flag=0'), NULLIF(CONCAT(N' icpc_icpc_outcome_json=', SUM(CASE WHEN LEN([icpc_icpc_outcome_json]) > 1000 THEN 1 ELSE 0 END)), N' icpc_icpc_outcome_json=0'), NULLIF(CONCAT(N' icpc_icpc_team=', SUM(CASE WHEN LEN([icpc_icpc_team]) > 48 THEN 1 ELSE 0 END)), N' icpc_icpc_team=0'), NULLIF(CONCAT(N' icpc_icpc_worker_id=', SUM(CASE WHEN LEN([icpc_icpc_worker_id]) > 100 THEN 1 ELSE 0 END)), N' icpc_icpc_worker_id=0')) FROM [#ssd_load_ssd_initial_cp_conference];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_initial_cp_conference', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_initial_cp_conference];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
