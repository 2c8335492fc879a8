RAISERROR(N'refilling ssd_early_help_episodes', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_early_help_episodes];
    INSERT INTO [ssd].[ssd_early_help_episodes] ([earl_episode_id], [earl_person_id], [earl_episode_start_date], [earl_episode_end_date], [earl_episode_reason], [earl_episode_end_reason], [earl_episode_organisation], [earl_episode_worker_id])
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
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_early_help_episodes', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
