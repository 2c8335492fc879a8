RAISERROR(N'refilling ssd_legal_status', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_legal_status];
    INSERT INTO [ssd].[ssd_legal_status] ([lega_legal_status_id], [lega_person_id], [lega_legal_status], [lega_legal_status_start_date], [lega_legal_status_end_date])
    SELECT
        CAST(ls.LEGAL_STATUS_ID AS VARCHAR(48)),
        CAST(ls.PERSON_ID AS VARCHAR(48)),
        LEFT(ls.LEGAL_STATUS, 100),
        ls.START_DATE,
        ls.END_DATE
    FROM [dm_LEGAL_STATUSES] ls
    WHERE ls.START_DATE <= CAST(GETDATE() AS DATE) AND (ls.END_DATE IS NULL OR ls.END_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(ls.PERSON_ID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_legal_status', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
