RAISERROR(N'refilling ssd_cla_health', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_health];
    INSERT INTO [ssd].[ssd_cla_health] ([clah_health_check_id], [clah_person_id], [clah_health_check_type], [clah_health_check_date], [clah_health_check_status])
    SELECT
        CAST(hc.FACT_HEALTH_CHECK_ID AS NVARCHAR(48)),
        CAST(hc.DIM_PERSON_ID AS NVARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(hc.DIM_LOOKUP_EVENT_TYPE_DESC)), 500), ''),
        hc.START_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(hc.DIM_LOOKUP_EXAM_STATUS_DESC)), 48), '')
    FROM [HDM].[Child_Social].[FACT_HEALTH_CHECK] hc
    WHERE hc.DIM_PERSON_ID <> -1
        AND (hc.START_DTTM IS NULL OR hc.START_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(hc.DIM_PERSON_ID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_health', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
