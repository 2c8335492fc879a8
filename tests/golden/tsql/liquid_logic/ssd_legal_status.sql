
RAISERROR(N'refilling ssd_legal_status', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_legal_status];
    INSERT INTO [ssd].[ssd_legal_status] ([lega_legal_status_id], [lega_person_id], [lega_legal_status], [lega_legal_status_start_date], [lega_legal_status_end_date])
    SELECT
        CAST(ls.FACT_LEGAL_STATUS_ID AS NVARCHAR(48)),
        CAST(ls.DIM_PERSON_ID AS NVARCHAR(48)),
        LEFT(CAST(NULLIF(LTRIM(RTRIM(ls.DIM_LOOKUP_LGL_STATUS_DESC)), '') AS NVARCHAR(100)), 100),
        ls.START_DTTM,
        ls.END_DTTM
    FROM [HDM].[Child_Social].[FACT_LEGAL_STATUS] ls
    WHERE ls.DIM_PERSON_ID <> -1
        AND (ls.END_DTTM IS NULL OR ls.END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(ls.DIM_PERSON_ID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_legal_status', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
