
RAISERROR(N'refilling ssd_cin_visits', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cin_visits') IS NOT NULL DROP TABLE [#ssd_load_ssd_cin_visits];
    CREATE TABLE [#ssd_load_ssd_cin_visits] ([cinv_cin_visit_id] NVARCHAR(MAX), [cinv_person_id] NVARCHAR(MAX), [cinv_cin_visit_date] DATETIME, [cinv_cin_visit_seen] NVARCHAR(MAX), [cinv_cin_visit_seen_alone] NVARCHAR(MAX), [cinv_cin_visit_bedroom] NVARCHAR(MAX));
    WITH visits AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'AnnexAReturn_dateOfVisit' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'AnnexAReturn_dateOfVisit' THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 112) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '%_/%_/[0-9][0-9][0-9][0-9]' AND LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) NOT LIKE '%[^0-9/]%' AND LEN(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121)))) <= 10 THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 103) END END)) AS visit_date,
                MAX(CASE WHEN f.CONTROLNAME = N'AnnexAReturn_wasTheChildSeen' THEN f.ANSWERVALUE END) AS seen,
                MAX(CASE WHEN f.CONTROLNAME = N'AnnexAReturn_wasTheChildSeenAlone' THEN f.ANSWERVALUE END) AS seen_alone
            FROM [FORMANSWERPERSONVIEW] f
            WHERE f.DESIGNGUID = N'7b04f2b4-1170-44a2-8f2f-111d51d8a90f'
                AND f.INSTANCESTATE = 'COMPLETE'
                AND f.DESIGNSUBNAME IN (N'Child in need', N'Family Help')
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    keyed AS (
        SELECT CONCAT(CAST(v.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY v.instance_id) > 1
        THEN CONCAT('-', CAST(v.person_id AS VARCHAR(48))) ELSE '' END) AS visit_key, v.*
        FROM visits v
        WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(v.person_id AS NVARCHAR(48)))
    )
    INSERT INTO [#ssd_load_ssd_cin_visits] ([cinv_cin_visit_id], [cinv_person_id], [cinv_cin_visit_date], [cinv_cin_visit_seen], [cinv_cin_visit_seen_alone], [cinv_cin_visit_bedroom])
    SELECT
        k.visit_key,
        CAST(k.person_id AS VARCHAR(48)),
        k.visit_date,

    CASE WHEN k.seen IS NULL THEN NULL WHEN k.seen IN (N'Yes') THEN 'Y' ELSE 'N' END,

    CASE WHEN k.seen_alone IS NULL THEN NULL WHEN k.seen_alone IN (N'Child seen alone') THEN 'Y' ELSE 'N' END,
        NULL
    FROM keyed k
    WHERE k.visit_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
        AND EXISTS (SELECT 1 FROM [CLASSIFICATIONPERSONVIEW] c
            WHERE c.PERSONID = k.person_id AND (c.CLASSIFICATIONPATHID IN (4) OR c.CLASSIFICATIONCODEID IN (1270))
                AND COALESCE(c.STATUS, '') <> 'DELETED' AND c.STARTDATE <= k.visit_date AND (c.ENDDATE IS NULL OR c.ENDDATE >= k.visit_date));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cin_visits];
    INSERT INTO [ssd].[ssd_cin_visits] ([cinv_cin_visit_id], [cinv_person_id], [cinv_cin_visit_date], [cinv_cin_visit_seen], [cinv_cin_visit_seen_alone], [cinv_cin_visit_bedroom])
    SELECT CASE WHEN LEN([cinv_cin_visit_id]) > 48 THEN CONCAT(LEFT([cinv_cin_visit_id], 47), N'…') ELSE [cinv_cin_visit_id] END, CASE WHEN LEN([cinv_person_id]) > 48 THEN CONCAT(LEFT([cinv_person_id], 47), N'…') ELSE [cinv_person_id] END, [cinv_cin_visit_date], CASE WHEN LEN([cinv_cin_visit_seen]) > 1 THEN CONCAT(LEFT([cinv_cin_visit_seen], 0), N'…') ELSE [cinv_cin_visit_seen] END, CASE WHEN LEN([cinv_cin_visit_seen_alone]) > 1 THEN CONCAT(LEFT([cinv_cin_visit_seen_alone], 0), N'…') ELSE [cinv_cin_visit_seen_alone] END, CASE WHEN LEN([cinv_cin_visit_bedroom]) > 1 THEN CONCAT(LEFT([cinv_cin_visit_bedroom], 0), N'…') ELSE [cinv_cin_visit_bedroom] END FROM [#ssd_load_ssd_cin_visits];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cin_visits', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cinv_cin_visit_id=', SUM(CASE WHEN LEN([cinv_cin_visit_id]) > 48 THEN 1 ELSE 0 END)), N' cinv_cin_visit_id=0'), N'', NULLIF(CONCAT(N' cinv_person_id=', SUM(CASE WHEN LEN([cinv_person_id]) > 48 THEN 1 ELSE 0 END)), N' cinv_person_id=0'), N'', NULLIF(CONCAT(N' cinv_cin_visit_seen=', SUM(CASE WHEN LEN([cinv_cin_visit_seen]) > 1 THEN 1 ELSE 0 END)), N' cinv_cin_visit_seen=0'), N'', NULLIF(CONCAT(N' cinv_cin_visit_seen_alone=', SUM(CASE WHEN LEN([cinv_cin_visit_seen_alone]) > 1 THEN 1 ELSE 0 END)), N' cinv_cin_visit_seen_alone=0'), N'', NULLIF(CONCAT(N' cinv_cin_visit_bedroom=', SUM(CASE WHEN LEN([cinv_cin_visit_bedroom]) > 1 THEN 1 ELSE 0 END)), N' cinv_cin_visit_bedroom=0')) FROM [#ssd_load_ssd_cin_visits];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cin_visits', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cin_visits];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
