RAISERROR(N'refilling ssd_immigration_status', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_immigration_status];
    INSERT INTO [ssd].[ssd_immigration_status] ([immi_immigration_status_id], [immi_person_id], [immi_immigration_status_start_date], [immi_immigration_status_end_date], [immi_immigration_status])
    SELECT
        CAST(ims.FACT_IMMIGRATION_STATUS_ID AS NVARCHAR(48)),
        CAST(ims.DIM_PERSON_ID AS NVARCHAR(48)),
        ims.START_DTTM,
        ims.END_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(ims.DIM_LOOKUP_IMMGR_STATUS_CODE)), 100), '')
    FROM [HDM].[Child_Social].[FACT_IMMIGRATION_STATUS] ims
    WHERE ims.DIM_PERSON_ID <> -1
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(ims.DIM_PERSON_ID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_immigration_status', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
