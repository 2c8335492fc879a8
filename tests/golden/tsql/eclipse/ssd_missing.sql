
RAISERROR(N'refilling ssd_missing', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_missing') IS NOT NULL DROP TABLE [#ssd_load_ssd_missing];
    CREATE TABLE [#ssd_load_ssd_missing] ([miss_table_id] NVARCHAR(MAX), [miss_person_id] NVARCHAR(MAX), [miss_missing_episode_start_date] DATETIME, [miss_missing_episode_type] NVARCHAR(MAX), [miss_missing_episode_end_date] DATETIME, [miss_missing_rhi_offered] NVARCHAR(MAX), [miss_missing_rhi_accepted] NVARCHAR(MAX));
    WITH forms AS (
        SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id,
            COALESCE(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'DATECHILDLASTSEEN%' THEN f.DATEANSWERVALUE END),
                     CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END), 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END), 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END), 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END), 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END), 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END), 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END), 121))) LIKE '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END), 121))), 112) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END), 121))) LIKE '%_/%_/[0-9][0-9][0-9][0-9]' AND LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END), 121))) NOT LIKE '%[^0-9/]%' AND LEN(LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END), 121)))) <= 10 THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END), 121))), 103) END) AS start_date,
            COALESCE(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'FOUNDREPORTDATE%' THEN f.DATEANSWERVALUE END),
                     CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END), 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END), 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END), 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END), 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END), 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END), 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END), 121))) LIKE '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END), 121))), 112) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END), 121))) LIKE '%_/%_/[0-9][0-9][0-9][0-9]' AND LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END), 121))) NOT LIKE '%[^0-9/]%' AND LEN(LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END), 121)))) <= 10 THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END), 121))), 103) END) AS end_date,
            MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'ABSENCETYPE%' THEN f.ANSWERVALUE END) AS episode_type,
            MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'HASARETURNHOMEINTERVIEWBEENOFFERED%' THEN f.ANSWERVALUE END) AS rhi_offered,
            MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE N'HASTHERETURNHOMEINTERVIEWBEENACCEPTED%' THEN f.ANSWERVALUE END) AS rhi_accepted
        FROM [FORMANSWERPERSONVIEW] f
        WHERE f.DESIGNGUID = N'e112bee8-4f50-4904-8ebc-842e2fd33994' AND f.INSTANCESTATE = 'COMPLETE'
        GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    keyed AS (
        SELECT CONCAT(CAST(m.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY m.instance_id) > 1
        THEN CONCAT('-', CAST(m.person_id AS VARCHAR(48))) ELSE '' END) AS missing_key, m.*
        FROM forms m
        WHERE m.start_date IS NOT NULL AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(m.person_id AS NVARCHAR(48)))
    )
    INSERT INTO [#ssd_load_ssd_missing] ([miss_table_id], [miss_person_id], [miss_missing_episode_start_date], [miss_missing_episode_type], [miss_missing_episode_end_date], [miss_missing_rhi_offered], [miss_missing_rhi_accepted])
    SELECT
        k.missing_key,
        CAST(k.person_id AS VARCHAR(48)),
        k.start_date,
        LEFT(k.episode_type, 100),
        k.end_date,
        CASE WHEN k.rhi_offered IN (N'Yes', N'No', N'Not applicable') THEN CASE WHEN k.rhi_offered = N'Yes' THEN N'Y' WHEN k.rhi_offered = N'No' THEN N'N' WHEN k.rhi_offered = N'Not applicable' THEN N'NA' END
        WHEN k.rhi_offered = LEFT(k.rhi_offered, 2) THEN k.rhi_offered END,
        CASE WHEN k.rhi_accepted IN (N'Yes', N'No', N'Not applicable') THEN CASE WHEN k.rhi_accepted = N'Yes' THEN N'Y' WHEN k.rhi_accepted = N'No' THEN N'N' WHEN k.rhi_accepted = N'Not applicable' THEN N'NA' END
        WHEN k.rhi_accepted = LEFT(k.rhi_accepted, 2) THEN k.rhi_accepted END
    FROM keyed k
    WHERE (k.end_date IS NULL OR k.end_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_missing];
    INSERT INTO [ssd].[ssd_missing] ([miss_table_id], [miss_person_id], [miss_missing_episode_start_date], [miss_missing_episode_type], [miss_missing_episode_end_date], [miss_missing_rhi_offered], [miss_missing_rhi_accepted])
    SELECT CASE WHEN LEN([miss_table_id]) > 48 THEN CONCAT(LEFT([miss_table_id], 47), N'…') ELSE [miss_table_id] END, CASE WHEN LEN([miss_person_id]) > 48 THEN CONCAT(LEFT([miss_person_id], 47), N'…') ELSE [miss_person_id] END, [miss_missing_episode_start_date], CASE WHEN LEN([miss_missing_episode_type]) > 100 THEN CONCAT(LEFT([miss_missing_episode_type], 99), N'…') ELSE [miss_missing_episode_type] END, [miss_missing_episode_end_date], CASE WHEN LEN([miss_missing_rhi_offered]) > 2 THEN CONCAT(LEFT([miss_missing_rhi_offered], 1), N'…') ELSE [miss_missing_rhi_offered] END, CASE WHEN LEN([miss_missing_rhi_accepted]) > 2 THEN CONCAT(LEFT([miss_missing_rhi_accepted], 1), N'…') ELSE [miss_missing_rhi_accepted] END FROM [#ssd_load_ssd_missing];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_missing', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' miss_table_id=', SUM(CASE WHEN LEN([miss_table_id]) > 48 THEN 1 ELSE 0 END)), N' miss_table_id=0'), N'', NULLIF(CONCAT(N' miss_person_id=', SUM(CASE WHEN LEN([miss_person_id]) > 48 THEN 1 ELSE 0 END)), N' miss_person_id=0'), N'', NULLIF(CONCAT(N' miss_missing_episode_type=', SUM(CASE WHEN LEN([miss_missing_episode_type]) > 100 THEN 1 ELSE 0 END)), N' miss_missing_episode_type=0'), N'', NULLIF(CONCAT(N' miss_missing_rhi_offered=', SUM(CASE WHEN LEN([miss_missing_rhi_offered]) > 2 THEN 1 ELSE 0 END)), N' miss_missing_rhi_offered=0'), N'', NULLIF(CONCAT(N' miss_missing_rhi_accepted=', SUM(CASE WHEN LEN([miss_missing_rhi_accepted]) > 2 THEN 1 ELSE 0 END)), N' miss_missing_rhi_accepted=0')) FROM [#ssd_load_ssd_missing];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_missing', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_missing];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
