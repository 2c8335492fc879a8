RAISERROR(N'refilling ssd_early_help_episodes', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_early_help_episodes') IS NOT NULL DROP TABLE [#ssd_load_ssd_early_help_episodes];
    CREATE TABLE [#ssd_load_ssd_early_help_episodes] ([earl_episode_id] NVARCHAR(MAX), [earl_person_id] NVARCHAR(MAX), [earl_episode_start_date] DATETIME, [earl_episode_end_date] DATETIME, [earl_episode_reason] NVARCHAR(MAX), [earl_episode_end_reason] NVARCHAR(MAX), [earl_episode_organisation] NVARCHAR(MAX), [earl_episode_worker_id] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_early_help_episodes] ([earl_episode_id], [earl_person_id], [earl_episode_start_date], [earl_episode_end_date], [earl_episode_reason], [earl_episode_end_reason], [earl_episode_organisation], [earl_episode_worker_id])
    SELECT
        CAST(eh.FACT_CAF_EPISODE_ID AS NVARCHAR(48)),
        CAST(eh.DIM_PERSON_ID AS NVARCHAR(48)),
        eh.EPISODE_START_DTTM,
        eh.EPISODE_END_DTTM,
        NULLIF(LTRIM(RTRIM(eh.START_REASON)), ''),
        NULLIF(LTRIM(RTRIM(eh.DIM_LOOKUP_CAF_EP_ENDRSN_ID_CODE)), ''),
        NULLIF(LTRIM(RTRIM(eh.DIM_LOOKUP_ORIGINATING_ORGANISATION_CODE)), ''),
        NULL
    FROM [HDM].[Child_Social].[FACT_CAF_EPISODE] eh
    WHERE eh.DIM_PERSON_ID <> -1
        AND (eh.EPISODE_END_DTTM IS NULL OR eh.EPISODE_END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(eh.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_early_help_episodes];
    INSERT INTO [ssd].[ssd_early_help_episodes] ([earl_episode_id], [earl_person_id], [earl_episode_start_date], [earl_episode_end_date], [earl_episode_reason], [earl_episode_end_reason], [earl_episode_organisation], [earl_episode_worker_id])
    SELECT CASE WHEN LEN([earl_episode_id]) > 48 THEN CONCAT(LEFT([earl_episode_id], 47), N'…') ELSE [earl_episode_id] END, CASE WHEN LEN([earl_person_id]) > 48 THEN CONCAT(LEFT([earl_person_id], 47), N'…') ELSE [earl_person_id] END, [earl_episode_start_date], [earl_episode_end_date], [earl_episode_reason], [earl_episode_end_reason], [earl_episode_organisation], CASE WHEN LEN([earl_episode_worker_id]) > 100 THEN CONCAT(LEFT([earl_episode_worker_id], 99), N'…') ELSE [earl_episode_worker_id] END FROM [#ssd_load_ssd_early_help_episodes];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_early_help_episodes', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' earl_episode_id=', SUM(CASE WHEN LEN([earl_episode_id]) > 48 THEN 1 ELSE 0 END)), N' earl_episode_id=0'), NULLIF(CONCAT(N' earl_person_id=', SUM(CASE WHEN LEN([earl_person_id]) > 48 THEN 1 ELSE 0 END)), N' earl_person_id=0'), NULLIF(CONCAT(N' earl_episode_worker_id=', SUM(CASE WHEN LEN([earl_episode_worker_id]) > 100 THEN 1 ELSE 0 END)), N' earl_episode_worker_id=0')) FROM [#ssd_load_ssd_early_help_episodes];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_early_help_episodes', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_early_help_episodes];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
