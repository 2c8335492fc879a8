RAISERROR(N'refilling ssd_missing', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_missing') IS NOT NULL DROP TABLE [#ssd_load_ssd_missing];
    CREATE TABLE [#ssd_load_ssd_missing] ([miss_table_id] NVARCHAR(MAX), [miss_person_id] NVARCHAR(MAX), [miss_missing_episode_start_date] DATETIME, [miss_missing_episode_type] NVARCHAR(MAX), [miss_missing_episode_end_date] DATETIME, [miss_missing_rhi_offered] NVARCHAR(MAX), [miss_missing_rhi_accepted] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_missing] ([miss_table_id], [miss_person_id], [miss_missing_episode_start_date], [miss_missing_episode_type], [miss_missing_episode_end_date], [miss_missing_rhi_offered], [miss_missing_rhi_accepted])
    SELECT
        CAST(mp.FACT_MISSING_PERSON_ID AS NVARCHAR(48)),
        CAST(mp.DIM_PERSON_ID AS NVARCHAR(48)),
        mp.START_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(mp.MISSING_STATUS)), 100), ''),
        mp.END_DTTM,
        CASE UPPER(LTRIM(RTRIM(mp.RETURN_INTERVIEW_OFFERED))) WHEN 'YES' THEN 'Y' WHEN 'Y' THEN 'Y' WHEN 'NO' THEN 'N' WHEN 'N' THEN 'N' WHEN 'NA' THEN 'NA' END,
        CASE UPPER(LTRIM(RTRIM(mp.RETURN_INTERVIEW_ACCEPTED))) WHEN 'YES' THEN 'Y' WHEN 'Y' THEN 'Y' WHEN 'NO' THEN 'N' WHEN 'N' THEN 'N' WHEN 'NA' THEN 'NA' END
    FROM [HDM].[Child_Social].[FACT_MISSING_PERSON] mp
    WHERE mp.DIM_PERSON_ID <> -1
        AND (mp.END_DTTM IS NULL OR mp.END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(mp.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_missing];
    INSERT INTO [ssd].[ssd_missing] ([miss_table_id], [miss_person_id], [miss_missing_episode_start_date], [miss_missing_episode_type], [miss_missing_episode_end_date], [miss_missing_rhi_offered], [miss_missing_rhi_accepted])
    SELECT CASE WHEN LEN([miss_table_id]) > 48 THEN CONCAT(LEFT([miss_table_id], 47), N'…') ELSE [miss_table_id] END, CASE WHEN LEN([miss_person_id]) > 48 THEN CONCAT(LEFT([miss_person_id], 47), N'…') ELSE [miss_person_id] END, [miss_missing_episode_start_date], CASE WHEN LEN([miss_missing_episode_type]) > 100 THEN CONCAT(LEFT([miss_missing_episode_type], 99), N'…') ELSE [miss_missing_episode_type] END, [miss_missing_episode_end_date], CASE WHEN LEN([miss_missing_rhi_offered]) > 2 THEN CONCAT(LEFT([miss_missing_rhi_offered], 1), N'…') ELSE [miss_missing_rhi_offered] END, CASE WHEN LEN([miss_missing_rhi_accepted]) > 2 THEN CONCAT(LEFT([miss_missing_rhi_accepted], 1), N'…') ELSE [miss_missing_rhi_accepted] END FROM [#ssd_load_ssd_missing];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_missing', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' miss_table_id=', SUM(CASE WHEN LEN([miss_table_id]) > 48 THEN 1 ELSE 0 END)), N' miss_table_id=0'), NULLIF(CONCAT(N' miss_person_id=', SUM(CASE WHEN LEN([miss_person_id]) > 48 THEN 1 ELSE 0 END)), N' miss_person_id=0'), NULLIF(CONCAT(N' miss_missing_episode_type=', SUM(CASE WHEN LEN([miss_missing_episode_type]) > 100 THEN 1 ELSE 0 END)), N' miss_missing_episode_type=0'), NULLIF(CONCAT(N' miss_missing_rhi_offered=', SUM(CASE WHEN LEN([miss_missing_rhi_offered]) > 2 THEN 1 ELSE 0 END)), N' miss_missing_rhi_offered=0'), NULLIF(CONCAT(N' miss_missing_rhi_accepted=', SUM(CASE WHEN LEN([miss_missing_rhi_accepted]) > 2 THEN 1 ELSE 0 END)), N' miss_missing_rhi_accepted=0')) FROM [#ssd_load_ssd_missing];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_missing', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_missing];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
