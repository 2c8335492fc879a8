RAISERROR(N'refilling ssd_s47_enquiry', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_s47_enquiry') IS NOT NULL DROP TABLE [#ssd_load_ssd_s47_enquiry];
    CREATE TABLE [#ssd_load_ssd_s47_enquiry] ([s47e_s47_enquiry_id] NVARCHAR(MAX), [s47e_referral_id] NVARCHAR(MAX), [s47e_person_id] NVARCHAR(MAX), [s47e_s47_start_date] DATETIME, [s47e_s47_end_date] DATETIME, [s47e_s47_nfa] NVARCHAR(MAX), [s47e_s47_outcome_json] NVARCHAR(MAX), [s47e_s47_completed_by_team] NVARCHAR(MAX), [s47e_s47_completed_by_worker_id] NVARCHAR(MAX));
    WITH s47_forms AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 1 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END) = 0 OR CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END LIKE N'.[0-9]%' AND SUBSTRING(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 103) END END)) AS start_date,
                MAX(CASE WHEN fr.control_no = 2 THEN fr.answer END) AS next_unsubstantiated,
                MAX(CASE WHEN fr.control_no = 3 THEN fr.answer END) AS next_step,
                MAX(CASE WHEN fr.control_no = 4 THEN fr.answer END) AS comments
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    CASE WHEN (f.INSTANCESTATE IN (N'COMPLETE') OR UPPER(LTRIM(RTRIM(CAST(f.INSTANCESTATE AS NVARCHAR(4000))))) IN (N'COMPLETE')) THEN f.DATECOMPLETED END AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.CONTROLNAME WHEN N'AnnexAReturn_dateOfStratMeeting' THEN 1 WHEN N'CINCensus_unsubWhatNeedsToHappenNext' THEN 2 WHEN N'CINCensus_whatNeedsToHappenNext' THEN 3 WHEN N'CINCensus_outcomeOfSection47Enquiry' THEN 4 ELSE CASE UPPER(LTRIM(RTRIM(CAST(f.CONTROLNAME AS NVARCHAR(4000))))) WHEN N'ANNEXARETURN_DATEOFSTRATMEETING' THEN 1 WHEN N'CINCENSUS_UNSUBWHATNEEDSTOHAPPENNEXT' THEN 2 WHEN N'CINCENSUS_WHATNEEDSTOHAPPENNEXT' THEN 3 WHEN N'CINCENSUS_OUTCOMEOFSECTION47ENQUIRY' THEN 4 END END AS control_no
                FROM [FORMANSWERPERSONVIEW] f
                WHERE f.DESIGNGUID = N'fdca0a95-8578-43ca-97ff-ad3a8adf57de'
                    AND (f.INSTANCESTATE IS NULL OR NOT UPPER(LTRIM(RTRIM(CAST(f.INSTANCESTATE AS NVARCHAR(4000))))) IN (N'DELETED', N'CANCELLED', N'DISCARDED'))
            ) fr
            GROUP BY fr.instance_id, fr.person_id
    ),
    enquiries AS (
        SELECT CONCAT(s.person_id, '-', s.instance_id) AS event_key, s.person_id,
            COALESCE(s.start_date, s.started_date) AS event_date, s.completed_date,
            COALESCE(s.next_unsubstantiated, s.next_step) AS outcome, s.comments
        FROM s47_forms s
        WHERE COALESCE(s.start_date, s.started_date) IS NOT NULL
            AND (s.completed_date IS NULL OR s.completed_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
            AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(s.person_id AS NVARCHAR(48)))
    ),
    referrals AS (
        SELECT chosen.event_key, chosen.referral_id
        FROM (
            SELECT ev.event_key, ref.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ref.cine_referral_date DESC, ref.cine_referral_id DESC) AS pick
            FROM enquiries ev
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
            FROM enquiries ev
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
            FROM enquiries ev
            JOIN [RELATIONSHIPPROFESSIONALVIEW] aw
                ON aw.PERSONID = ev.person_id AND UPPER(LTRIM(RTRIM(CAST(aw.ALLOCATEDWORKERCODE AS NVARCHAR(4000))))) = N'AW' AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_s47_enquiry] ([s47e_s47_enquiry_id], [s47e_referral_id], [s47e_person_id], [s47e_s47_start_date], [s47e_s47_end_date], [s47e_s47_nfa], [s47e_s47_outcome_json], [s47e_s47_completed_by_team], [s47e_s47_completed_by_worker_id])
    SELECT
        e.event_key,
        r.referral_id,
        CAST(e.person_id AS NVARCHAR(48)),
        e.event_date,
        e.completed_date,
        CASE WHEN e.completed_date IS NULL THEN NULL ELSE CASE WHEN UPPER(LTRIM(RTRIM(CAST(e.outcome AS NVARCHAR(4000))))) IN (N'NO FURTHER ACTION') THEN 'Y' ELSE 'N' END END,
        CASE WHEN e.completed_date IS NULL THEN NULL ELSE CONCAT('{'
            , '"NFA_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(e.outcome AS NVARCHAR(4000))))) IN (N'NO FURTHER ACTION') THEN 'Y' ELSE 'N' END, '"'
            , ', "LEGAL_ACTION_FLAG": "', 'N', '"'
            , ', "PROV_OF_SERVICES_FLAG": "', 'N', '"'
            , ', "PROV_OF_SB_CARE_FLAG": "', 'N', '"'
            , ', "CP_CONFERENCE_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(e.outcome AS NVARCHAR(4000))))) IN (N'CONVENE INITIAL CHILD PROTECTION CONFERENCE') THEN 'Y' ELSE 'N' END, '"'
            , ', "NFA_CONTINUE_SINGLE_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(e.outcome AS NVARCHAR(4000))))) IN (N'CONTINUE DISCUSSION AND PLAN', N'CONTINUE ASSESSMENT / PLAN', N'CONTINUE ASSESSMENT AND PLAN') THEN 'Y' ELSE 'N' END, '"'
            , ', "MONITOR_FLAG": "', 'N', '"'
            , ', "OTHER_OUTCOMES_EXIST_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(e.outcome AS NVARCHAR(4000))))) IN (N'FURTHER STRATEGY MEETING') THEN 'Y' ELSE 'N' END, '"'
            , ', "TOTAL_NO_OF_OUTCOMES": null, "OUTCOME_COMMENTS": ', CASE WHEN LEN(CASE WHEN LEFT(COALESCE(e.comments, ''), 350) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(e.comments, ''), 350) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 352 THEN CASE WHEN LEFT(COALESCE(e.comments, ''), 350) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(e.comments, ''), 350) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(COALESCE(e.comments, ''), 58) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(e.comments, ''), 58) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END, '}') END,
        t.team_id,
        w.worker_id
    FROM enquiries e
    LEFT JOIN referrals r ON r.event_key = e.event_key
    LEFT JOIN teams t ON t.event_key = e.event_key
    LEFT JOIN workers w ON w.event_key = e.event_key;
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_s47_enquiry];
    INSERT INTO [ssd].[ssd_s47_enquiry] ([s47e_s47_enquiry_id], [s47e_referral_id], [s47e_person_id], [s47e_s47_start_date], [s47e_s47_end_date], [s47e_s47_nfa], [s47e_s47_outcome_json], [s47e_s47_completed_by_team], [s47e_s47_completed_by_worker_id])
    SELECT CASE WHEN LEN([s47e_s47_enquiry_id]) > 48 THEN CONCAT(LEFT([s47e_s47_enquiry_id], 47), N'…') ELSE [s47e_s47_enquiry_id] END, CASE WHEN LEN([s47e_referral_id]) > 48 THEN CONCAT(LEFT([s47e_referral_id], 47), N'…') ELSE [s47e_referral_id] END, CASE WHEN LEN([s47e_person_id]) > 48 THEN CONCAT(LEFT([s47e_person_id], 47), N'…') ELSE [s47e_person_id] END, [s47e_s47_start_date], [s47e_s47_end_date], CASE WHEN LEN([s47e_s47_nfa]) > 1 THEN CONCAT(LEFT([s47e_s47_nfa], 0), N'…') ELSE [s47e_s47_nfa] END, CASE WHEN LEN([s47e_s47_outcome_json]) > 1000 THEN CONCAT(LEFT([s47e_s47_outcome_json], 999), N'…') ELSE [s47e_s47_outcome_json] END, CASE WHEN LEN([s47e_s47_completed_by_team]) > 48 THEN CONCAT(LEFT([s47e_s47_completed_by_team], 47), N'…') ELSE [s47e_s47_completed_by_team] END, CASE WHEN LEN([s47e_s47_completed_by_worker_id]) > 100 THEN CONCAT(LEFT([s47e_s47_completed_by_worker_id], 99), N'…') ELSE [s47e_s47_completed_by_worker_id] END FROM [#ssd_load_ssd_s47_enquiry];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_s47_enquiry', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' s47e_s47_enquiry_id=', SUM(CASE WHEN LEN([s47e_s47_enquiry_id]) > 48 THEN 1 ELSE 0 END)), N' s47e_s47_enquiry_id=0'), NULLIF(CONCAT(N' s47e_referral_id=', SUM(CASE WHEN LEN([s47e_referral_id]) > 48 THEN 1 ELSE 0 END)), N' s47e_referral_id=0'), NULLIF(CONCAT(N' s47e_person_id=', SUM(CASE WHEN LEN([s47e_person_id]) > 48 THEN 1 ELSE 0 END)), N' s47e_person_id=0'), NULLIF(CONCAT(N' s47e_s47_nfa=', SUM(CASE WHEN LEN([s47e_s47_nfa]) > 1 THEN 1 ELSE 0 END)), N' s47e_s47_nfa=0'), NULLIF(CONCAT(N' s47e_s47_outcome_json=', SUM(CASE WHEN LEN([s47e_s47_outcome_json]) > 1000 THEN 1 ELSE 0 END)), N' s47e_s47_outcome_json=0'), NULLIF(CONCAT(N' s47e_s47_completed_by_team=', SUM(CASE WHEN LEN([s47e_s47_completed_by_team]) > 48 THEN 1 ELSE 0 END)), N' s47e_s47_completed_by_team=0'), NULLIF(CONCAT(N' s47e_s47_completed_by_worker_id=', SUM(CASE WHEN LEN([s47e_s47_completed_by_worker_id]) > 100 THEN 1 ELSE 0 END)), N' s47e_s47_completed_by_worker_id=0')) FROM [#ssd_load_ssd_s47_enquiry];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_s47_enquiry', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_s47_enquiry];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
