
RAISERROR(N'refilling ssd_cp_visits', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cp_visits') IS NOT NULL DROP TABLE [#ssd_load_ssd_cp_visits];
    CREATE TABLE [#ssd_load_ssd_cp_visits] ([cppv_cp_visit_id] NVARCHAR(MAX), [cppv_person_id] NVARCHAR(MAX), [cppv_cp_plan_id] NVARCHAR(MAX), [cppv_cp_visit_date] DATETIME, [cppv_cp_visit_seen] NVARCHAR(MAX), [cppv_cp_visit_seen_alone] NVARCHAR(MAX), [cppv_cp_visit_bedroom] NVARCHAR(MAX));
    WITH visits AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 1 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END) = 0 OR CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END LIKE N'.[0-9]%' AND SUBSTRING(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 103) END END)) AS visit_date,
                MAX(CASE WHEN fr.control_no = 2 THEN fr.answer END) AS seen,
                MAX(CASE WHEN fr.control_no = 3 THEN fr.answer END) AS seen_alone
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.CONTROLNAME WHEN N'AnnexAReturn_dateOfVisit' THEN 1 WHEN N'AnnexAReturn_wasTheChildSeen' THEN 2 WHEN N'AnnexAReturn_wasTheChildSeenAlone' THEN 3 ELSE CASE UPPER(LTRIM(RTRIM(CAST(f.CONTROLNAME AS NVARCHAR(4000))))) WHEN N'ANNEXARETURN_DATEOFVISIT' THEN 1 WHEN N'ANNEXARETURN_WASTHECHILDSEEN' THEN 2 WHEN N'ANNEXARETURN_WASTHECHILDSEENALONE' THEN 3 END END AS control_no
                FROM [FORMANSWERPERSONVIEW] f
                WHERE f.DESIGNGUID = N'7b04f2b4-1170-44a2-8f2f-111d51d8a90f'
                    AND (f.DESIGNSUBNAME IN (N'Child Protection ') OR UPPER(LTRIM(RTRIM(CAST(f.DESIGNSUBNAME AS NVARCHAR(4000))))) IN (N'CHILD PROTECTION'))
                    AND (f.INSTANCESTATE IN (N'COMPLETE') OR UPPER(LTRIM(RTRIM(CAST(f.INSTANCESTATE AS NVARCHAR(4000))))) IN (N'COMPLETE'))
            ) fr
            GROUP BY fr.instance_id, fr.person_id
    ),
    keyed AS (
        SELECT CONCAT(CAST(v.instance_id AS NVARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY v.instance_id) > 1
        THEN CONCAT('-', CAST(v.person_id AS NVARCHAR(48))) ELSE '' END) AS visit_key, v.instance_id, v.person_id, v.visit_date, v.seen, v.seen_alone
        FROM visits v
        WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(v.person_id AS NVARCHAR(48)))
    ),
    planned AS (
        SELECT k.visit_key, k.person_id, k.visit_date, k.seen, k.seen_alone, c.cppl_cp_plan_id AS plan_id,
            ROW_NUMBER() OVER (PARTITION BY k.instance_id, k.person_id ORDER BY c.cppl_cp_plan_start_date DESC, c.cppl_cp_plan_id DESC) AS pick
        FROM keyed k
        LEFT JOIN [ssd].[ssd_cp_plans] c
            ON c.cppl_person_id = CAST(k.person_id AS NVARCHAR(48)) AND c.cppl_cp_plan_start_date <= k.visit_date AND (c.cppl_cp_plan_end_date IS NULL OR c.cppl_cp_plan_end_date >= k.visit_date)
        WHERE k.visit_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
    )
    INSERT INTO [#ssd_load_ssd_cp_visits] ([cppv_cp_visit_id], [cppv_person_id], [cppv_cp_plan_id], [cppv_cp_visit_date], [cppv_cp_visit_seen], [cppv_cp_visit_seen_alone], [cppv_cp_visit_bedroom])
    SELECT
        k.visit_key,
        CAST(k.person_id AS NVARCHAR(48)),
        k.plan_id,
        k.visit_date,

    CASE WHEN k.seen IS NULL THEN NULL WHEN (k.seen IN (N'Yes') OR UPPER(LTRIM(RTRIM(CAST(k.seen AS NVARCHAR(4000))))) IN (N'YES')) THEN 'Y' ELSE 'N' END,

    CASE WHEN k.seen_alone IS NULL THEN NULL WHEN (k.seen_alone IN (N'Child seen alone') OR UPPER(LTRIM(RTRIM(CAST(k.seen_alone AS NVARCHAR(4000))))) IN (N'CHILD SEEN ALONE')) THEN 'Y' ELSE 'N' END,
        NULL
    FROM planned k
    WHERE k.pick = 1;
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cp_visits];
    INSERT INTO [ssd].[ssd_cp_visits] ([cppv_cp_visit_id], [cppv_person_id], [cppv_cp_plan_id], [cppv_cp_visit_date], [cppv_cp_visit_seen], [cppv_cp_visit_seen_alone], [cppv_cp_visit_bedroom])
    SELECT CASE WHEN LEN([cppv_cp_visit_id]) > 48 THEN CONCAT(LEFT([cppv_cp_visit_id], 47), N'…') ELSE [cppv_cp_visit_id] END, CASE WHEN LEN([cppv_person_id]) > 48 THEN CONCAT(LEFT([cppv_person_id], 47), N'…') ELSE [cppv_person_id] END, CASE WHEN LEN([cppv_cp_plan_id]) > 48 THEN CONCAT(LEFT([cppv_cp_plan_id], 47), N'…') ELSE [cppv_cp_plan_id] END, [cppv_cp_visit_date], CASE WHEN LEN([cppv_cp_visit_seen]) > 1 THEN CONCAT(LEFT([cppv_cp_visit_seen], 0), N'…') ELSE [cppv_cp_visit_seen] END, CASE WHEN LEN([cppv_cp_visit_seen_alone]) > 1 THEN CONCAT(LEFT([cppv_cp_visit_seen_alone], 0), N'…') ELSE [cppv_cp_visit_seen_alone] END, CASE WHEN LEN([cppv_cp_visit_bedroom]) > 1 THEN CONCAT(LEFT([cppv_cp_visit_bedroom], 0), N'…') ELSE [cppv_cp_visit_bedroom] END FROM [#ssd_load_ssd_cp_visits];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cp_visits', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cppv_cp_visit_id=', SUM(CASE WHEN LEN([cppv_cp_visit_id]) > 48 THEN 1 ELSE 0 END)), N' cppv_cp_visit_id=0'), NULLIF(CONCAT(N' cppv_person_id=', SUM(CASE WHEN LEN([cppv_person_id]) > 48 THEN 1 ELSE 0 END)), N' cppv_person_id=0'), NULLIF(CONCAT(N' cppv_cp_plan_id=', SUM(CASE WHEN LEN([cppv_cp_plan_id]) > 48 THEN 1 ELSE 0 END)), N' cppv_cp_plan_id=0'), NULLIF(CONCAT(N' cppv_cp_visit_seen=', SUM(CASE WHEN LEN([cppv_cp_visit_seen]) > 1 THEN 1 ELSE 0 END)), N' cppv_cp_visit_seen=0'), NULLIF(CONCAT(N' cppv_cp_visit_seen_alone=', SUM(CASE WHEN LEN([cppv_cp_visit_seen_alone]) > 1 THEN 1 ELSE 0 END)), N' cppv_cp_visit_seen_alone=0'), NULLIF(CONCAT(N' cppv_cp_visit_bedroom=', SUM(CASE WHEN LEN([cppv_cp_visit_bedroom]) > 1 THEN 1 ELSE 0 END)), N' cppv_cp_visit_bedroom=0')) FROM [#ssd_load_ssd_cp_visits];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cp_visits', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cp_visits];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
