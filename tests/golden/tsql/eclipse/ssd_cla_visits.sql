
RAISERROR(N'refilling ssd_cla_visits', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_visits') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_visits];
    CREATE TABLE [#ssd_load_ssd_cla_visits] ([clav_cla_visit_id] NVARCHAR(MAX), [clav_cla_id] NVARCHAR(MAX), [clav_person_id] NVARCHAR(MAX), [clav_cla_visit_date] DATETIME, [clav_cla_visit_seen] NVARCHAR(MAX), [clav_cla_visit_seen_alone] NVARCHAR(MAX));
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
                AND f.DESIGNSUBNAME IN (N'Child in care')
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    keyed AS (
        SELECT CONCAT(CAST(v.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY v.instance_id) > 1
        THEN CONCAT('-', CAST(v.person_id AS VARCHAR(48))) ELSE '' END) AS visit_key, v.*
        FROM visits v
        WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(v.person_id AS NVARCHAR(48)))
    ),
    periods AS (
        SELECT px.visit_key, px.period_id
        FROM (
            SELECT k.visit_key, pc.PERIODOFCAREID AS period_id,
                ROW_NUMBER() OVER (PARTITION BY k.visit_key ORDER BY pc.ADMISSIONDATE DESC, pc.PERIODOFCAREID DESC) AS pick
            FROM keyed k
            JOIN [CLAPERIODOFCAREVIEW] pc
                ON pc.PERSONID = k.person_id AND pc.ADMISSIONDATE <= k.visit_date AND (pc.DISCHARGEDATE IS NULL OR pc.DISCHARGEDATE >= k.visit_date)
        ) px
        WHERE px.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_cla_visits] ([clav_cla_visit_id], [clav_cla_id], [clav_person_id], [clav_cla_visit_date], [clav_cla_visit_seen], [clav_cla_visit_seen_alone])
    SELECT
        k.visit_key,
        CAST(p.period_id AS VARCHAR(48)),
        CAST(k.person_id AS VARCHAR(48)),
        k.visit_date,

    CASE WHEN k.seen IS NULL THEN NULL WHEN k.seen IN (N'Yes') THEN 'Y' ELSE 'N' END,

    CASE WHEN k.seen_alone IS NULL THEN NULL WHEN k.seen_alone IN (N'Child seen alone') THEN 'Y' ELSE 'N' END
    FROM keyed k
    LEFT JOIN periods p ON p.visit_key = k.visit_key
    WHERE k.visit_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_visits];
    INSERT INTO [ssd].[ssd_cla_visits] ([clav_cla_visit_id], [clav_cla_id], [clav_person_id], [clav_cla_visit_date], [clav_cla_visit_seen], [clav_cla_visit_seen_alone])
    SELECT CASE WHEN LEN([clav_cla_visit_id]) > 48 THEN CONCAT(LEFT([clav_cla_visit_id], 47), N'…') ELSE [clav_cla_visit_id] END, CASE WHEN LEN([clav_cla_id]) > 48 THEN CONCAT(LEFT([clav_cla_id], 47), N'…') ELSE [clav_cla_id] END, CASE WHEN LEN([clav_person_id]) > 48 THEN CONCAT(LEFT([clav_person_id], 47), N'…') ELSE [clav_person_id] END, [clav_cla_visit_date], CASE WHEN LEN([clav_cla_visit_seen]) > 1 THEN CONCAT(LEFT([clav_cla_visit_seen], 0), N'…') ELSE [clav_cla_visit_seen] END, CASE WHEN LEN([clav_cla_visit_seen_alone]) > 1 THEN CONCAT(LEFT([clav_cla_visit_seen_alone], 0), N'…') ELSE [clav_cla_visit_seen_alone] END FROM [#ssd_load_ssd_cla_visits];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_visits', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clav_cla_visit_id=', SUM(CASE WHEN LEN([clav_cla_visit_id]) > 48 THEN 1 ELSE 0 END)), N' clav_cla_visit_id=0'), N'', NULLIF(CONCAT(N' clav_cla_id=', SUM(CASE WHEN LEN([clav_cla_id]) > 48 THEN 1 ELSE 0 END)), N' clav_cla_id=0'), N'', NULLIF(CONCAT(N' clav_person_id=', SUM(CASE WHEN LEN([clav_person_id]) > 48 THEN 1 ELSE 0 END)), N' clav_person_id=0'), N'', NULLIF(CONCAT(N' clav_cla_visit_seen=', SUM(CASE WHEN LEN([clav_cla_visit_seen]) > 1 THEN 1 ELSE 0 END)), N' clav_cla_visit_seen=0'), N'', NULLIF(CONCAT(N' clav_cla_visit_seen_alone=', SUM(CASE WHEN LEN([clav_cla_visit_seen_alone]) > 1 THEN 1 ELSE 0 END)), N' clav_cla_visit_seen_alone=0')) FROM [#ssd_load_ssd_cla_visits];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_visits', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_visits];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
