RAISERROR(N'refilling ssd_cin_assessments', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cin_assessments') IS NOT NULL DROP TABLE [#ssd_load_ssd_cin_assessments];
    CREATE TABLE [#ssd_load_ssd_cin_assessments] ([cina_assessment_id] NVARCHAR(MAX), [cina_person_id] NVARCHAR(MAX), [cina_referral_id] NVARCHAR(MAX), [cina_assessment_start_date] DATETIME, [cina_assessment_child_seen] NVARCHAR(MAX), [cina_assessment_auth_date] DATETIME, [cina_assessment_outcome_json] NVARCHAR(MAX), [cina_assessment_outcome_nfa] NVARCHAR(MAX), [cina_assessment_team] NVARCHAR(MAX), [cina_assessment_worker_id] NVARCHAR(MAX));
    WITH answers AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                fr.form_no,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no IN (1, 4) THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no IN (1, 4) AND fr.date_answer IS NULL THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END) = 0 OR CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END LIKE N'.[0-9]%' AND SUBSTRING(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 103) END END)) AS start_date,
                MAX(CASE WHEN fr.control_no IN (2, 5) THEN fr.answer END) AS seen,
                MAX(CASE WHEN fr.control_no IN (3, 6) THEN fr.answer END) AS outcome
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    CASE f.DESIGNGUID WHEN N'94b3f530-a918-4f33-85c2-0ae355c9c2fd' THEN 1 WHEN N'6d3b942a-37ad-40ef-8cc6-b202d2cd1c0e' THEN 2 END AS form_no,
                    CASE WHEN (f.INSTANCESTATE IN (N'COMPLETE') OR UPPER(LTRIM(RTRIM(CAST(f.INSTANCESTATE AS NVARCHAR(4000))))) IN (N'COMPLETE')) THEN f.DATECOMPLETED END AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.DESIGNGUID WHEN N'94b3f530-a918-4f33-85c2-0ae355c9c2fd' THEN CASE f.CONTROLNAME WHEN N'CINCensus_startDateOfForm' THEN 1 WHEN N'SeenAlone' THEN 2 WHEN N'WorkerOutcome' THEN 3 ELSE CASE UPPER(LTRIM(RTRIM(CAST(f.CONTROLNAME AS NVARCHAR(4000))))) WHEN N'CINCENSUS_STARTDATEOFFORM' THEN 1 WHEN N'SEENALONE' THEN 2 WHEN N'WORKEROUTCOME' THEN 3 END END WHEN N'6d3b942a-37ad-40ef-8cc6-b202d2cd1c0e' THEN CASE f.CONTROLNAME WHEN N'dateOfDocument' THEN 4 WHEN N'wasTheChildSeen' THEN 5 WHEN N'outcomes2' THEN 6 ELSE CASE UPPER(LTRIM(RTRIM(CAST(f.CONTROLNAME AS NVARCHAR(4000))))) WHEN N'DATEOFDOCUMENT' THEN 4 WHEN N'WASTHECHILDSEEN' THEN 5 WHEN N'OUTCOMES2' THEN 6 END END END AS control_no
                FROM [FORMANSWERPERSONVIEW] f
                WHERE f.DESIGNGUID IN (N'94b3f530-a918-4f33-85c2-0ae355c9c2fd', N'6d3b942a-37ad-40ef-8cc6-b202d2cd1c0e')
                    AND ((f.DESIGNGUID = N'94b3f530-a918-4f33-85c2-0ae355c9c2fd'
                        AND (f.DESIGNSUBNAME IN (N'Single assessment', N'Reassessment') OR UPPER(LTRIM(RTRIM(CAST(f.DESIGNSUBNAME AS NVARCHAR(4000))))) IN (N'SINGLE ASSESSMENT', N'REASSESSMENT'))
                        AND (f.INSTANCESTATE IS NULL OR NOT UPPER(LTRIM(RTRIM(CAST(f.INSTANCESTATE AS NVARCHAR(4000))))) IN (N'DELETED', N'CANCELLED', N'DISCARDED')))
                        OR (f.DESIGNGUID = N'6d3b942a-37ad-40ef-8cc6-b202d2cd1c0e'
                        AND (f.INSTANCESTATE IS NULL OR NOT UPPER(LTRIM(RTRIM(CAST(f.INSTANCESTATE AS NVARCHAR(4000))))) IN (N'DELETED', N'CANCELLED', N'DISCARDED'))))
            ) fr
            GROUP BY fr.instance_id, fr.person_id, fr.form_no
    ),
    assessments AS (
        SELECT CONCAT(fa.person_id, '-', fa.instance_id) AS event_key, fa.person_id, fa.start_date AS event_date,
            fa.completed_date, fa.outcome,
            CASE WHEN fa.form_no = 1 THEN CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.seen AS NVARCHAR(4000))))) IN (N'CHILD SEEN ALONE', N'CHILD SEEN WITH OTHERS') THEN 'Y' ELSE 'N' END
                WHEN UPPER(LTRIM(RTRIM(CAST(LEFT(LTRIM(fa.seen), 1) AS NVARCHAR(4000))))) IN (N'Y', N'N') THEN UPPER(LEFT(LTRIM(fa.seen), 1)) END AS child_seen
        FROM answers fa
    ),
    in_scope AS (
        SELECT a.event_key, a.person_id, a.event_date, a.completed_date, a.outcome, a.child_seen
        FROM assessments a
        WHERE a.event_date IS NOT NULL
            AND (a.completed_date IS NULL OR a.completed_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
            AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(a.person_id AS NVARCHAR(48)))
    ),
    referrals AS (
        SELECT chosen.event_key, chosen.referral_id
        FROM (
            SELECT ev.event_key, ref.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ref.cine_referral_date DESC, ref.cine_referral_id DESC) AS pick
            FROM in_scope ev
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
            FROM in_scope ev
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
            FROM in_scope ev
            JOIN [RELATIONSHIPPROFESSIONALVIEW] aw
                ON aw.PERSONID = ev.person_id AND UPPER(LTRIM(RTRIM(CAST(aw.ALLOCATEDWORKERCODE AS NVARCHAR(4000))))) = N'AW' AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_cin_assessments] ([cina_assessment_id], [cina_person_id], [cina_referral_id], [cina_assessment_start_date], [cina_assessment_child_seen], [cina_assessment_auth_date], [cina_assessment_outcome_json], [cina_assessment_outcome_nfa], [cina_assessment_team], [cina_assessment_worker_id])
    SELECT
        a.event_key,
        CAST(a.person_id AS NVARCHAR(48)),
        r.referral_id,
        a.event_date,
        a.child_seen,
        a.completed_date,
        CONCAT('{'
            , '"OUTCOME_NFA_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(a.outcome AS NVARCHAR(4000))))) IN (N'CASE CLOSURE', N'STEP DOWN TO UNIVERSAL SERVICES/SIGNPOSTING', N'ADVICE, GUIDANCE AND SIGNPOSTING', N'TRANSFER TO EARLY SUPPORT PLAN') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_NFA_S47_END_FLAG": "', 'N', '"'
            , ', "OUTCOME_STRATEGY_DISCUSSION_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(a.outcome AS NVARCHAR(4000))))) IN (N'PROGRESS TO CHILD PROTECTION', N'RECOMMEND/PROGRESS TO STRATEGY DISCUSSION') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_CLA_REQUEST_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(a.outcome AS NVARCHAR(4000))))) IN (N'RECOMMEND CHILD LOOKED AFTER PLANNING', N'PRIVATELY FOSTERED CHILD', N'RECOMMEND CHILDREN AND YOUNG PEOPLE IN CARE PLANNING') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_PRIVATE_FOSTERING_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(a.outcome AS NVARCHAR(4000))))) IN (N'PRIVATELY FOSTERED CHILD NOT DEEMED TO BE CHILD IN NEED') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_LEGAL_ACTION_FLAG": "', 'N', '"'
            , ', "OUTCOME_PROV_OF_SERVICES_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(a.outcome AS NVARCHAR(4000))))) IN (N'RECOMMEND CHILD IN NEED PLANNING', N'CONTINUE WITH EXISTING PLAN', N'RECOMMEND DISABLED CHILDREN AND YOUNG PEOPLE', N'RECOMMEND FAMILY HELP SEND SERVICE', N'RECOMMEND/PROGRESS TO FAMILY HELP DISCUSSION') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_PROV_OF_SB_CARE_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(a.outcome AS NVARCHAR(4000))))) IN (N'SHORT BREAK (CHILD IN NEED)') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_SPECIALIST_ASSESSMENT_FLAG": "', 'N', '"'
            , ', "OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG": "', 'N', '"'
            , ', "OUTCOME_OTHER_ACTIONS_FLAG": "', 'N', '"'
            , ', "OTHER_OUTCOMES_EXIST_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(a.outcome AS NVARCHAR(4000))))) IN (N'REFER TO EARLY INTERVENTION', N'TRANSFER (CIN / CP / CLA)') THEN 'Y' ELSE 'N' END, '"'
            , ', "TOTAL_NO_OF_OUTCOMES": ""}'),
        CASE WHEN a.completed_date IS NULL THEN NULL ELSE CASE WHEN UPPER(LTRIM(RTRIM(CAST(a.outcome AS NVARCHAR(4000))))) IN (N'CASE CLOSURE', N'STEP DOWN TO UNIVERSAL SERVICES/SIGNPOSTING', N'ADVICE, GUIDANCE AND SIGNPOSTING', N'TRANSFER TO EARLY SUPPORT PLAN') THEN 'Y' ELSE 'N' END END,
        t.team_id,
        w.worker_id
    FROM in_scope a
    LEFT JOIN referrals r ON r.event_key = a.event_key
    LEFT JOIN teams t ON t.event_key = a.event_key
    LEFT JOIN workers w ON w.event_key = a.event_key;
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cin_assessments];
    INSERT INTO [ssd].[ssd_cin_assessments] ([cina_assessment_id], [cina_person_id], [cina_referral_id], [cina_assessment_start_date], [cina_assessment_child_seen], [cina_assessment_auth_date], [cina_assessment_outcome_json], [cina_assessment_outcome_nfa], [cina_assessment_team], [cina_assessment_worker_id])
    SELECT CASE WHEN LEN([cina_assessment_id]) > 48 THEN CONCAT(LEFT([cina_assessment_id], 47), N'…') ELSE [cina_assessment_id] END, CASE WHEN LEN([cina_person_id]) > 48 THEN CONCAT(LEFT([cina_person_id], 47), N'…') ELSE [cina_person_id] END, CASE WHEN LEN([cina_referral_id]) > 48 THEN CONCAT(LEFT([cina_referral_id], 47), N'…') ELSE [cina_referral_id] END, [cina_assessment_start_date], CASE WHEN LEN([cina_assessment_child_seen]) > 1 THEN CONCAT(LEFT([cina_assessment_child_seen], 0), N'…') ELSE [cina_assessment_child_seen] END, [cina_assessment_auth_date], CASE WHEN LEN([cina_assessment_outcome_json]) > 1000 THEN CONCAT(LEFT([cina_assessment_outcome_json], 999), N'…') ELSE [cina_assessment_outcome_json] END, CASE WHEN LEN([cina_assessment_outcome_nfa]) > 1 THEN CONCAT(LEFT([cina_assessment_outcome_nfa], 0), N'…') ELSE [cina_assessment_outcome_nfa] END, CASE WHEN LEN([cina_assessment_team]) > 48 THEN CONCAT(LEFT([cina_assessment_team], 47), N'…') ELSE [cina_assessment_team] END, CASE WHEN LEN([cina_assessment_worker_id]) > 100 THEN CONCAT(LEFT([cina_assessment_worker_id], 99), N'…') ELSE [cina_assessment_worker_id] END FROM [#ssd_load_ssd_cin_assessments];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cin_assessments', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cina_assessment_id=', SUM(CASE WHEN LEN([cina_assessment_id]) > 48 THEN 1 ELSE 0 END)), N' cina_assessment_id=0'), NULLIF(CONCAT(N' cina_person_id=', SUM(CASE WHEN LEN([cina_person_id]) > 48 THEN 1 ELSE 0 END)), N' cina_person_id=0'), NULLIF(CONCAT(N' cina_referral_id=', SUM(CASE WHEN LEN([cina_referral_id]) > 48 THEN 1 ELSE 0 END)), N' cina_referral_id=0'), NULLIF(CONCAT(N' cina_assessment_child_seen=', SUM(CASE WHEN LEN([cina_assessment_child_seen]) > 1 THEN 1 ELSE 0 END)), N' cina_assessment_child_seen=0'), NULLIF(CONCAT(N' cina_assessment_outcome_json=', SUM(CASE WHEN LEN([cina_assessment_outcome_json]) > 1000 THEN 1 ELSE 0 END)), N' cina_assessment_outcome_json=0'), NULLIF(CONCAT(N' cina_assessment_outcome_nfa=', SUM(CASE WHEN LEN([cina_assessment_outcome_nfa]) > 1 THEN 1 ELSE 0 END)), N' cina_assessment_outcome_nfa=0'), NULLIF(CONCAT(N' cina_assessment_team=', SUM(CASE WHEN LEN([cina_assessment_team]) > 48 THEN 1 ELSE 0 END)), N' cina_assessment_team=0'), NULLIF(CONCAT(N' cina_assessment_worker_id=', SUM(CASE WHEN LEN([cina_assessment_worker_id]) > 100 THEN 1 ELSE 0 END)), N' cina_assessment_worker_id=0')) FROM [#ssd_load_ssd_cin_assessments];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cin_assessments', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cin_assessments];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
