
RAISERROR(N'refilling ssd_legal_status', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_legal_status') IS NOT NULL DROP TABLE [#ssd_load_ssd_legal_status];
    CREATE TABLE [#ssd_load_ssd_legal_status] ([lega_legal_status_id] NVARCHAR(MAX), [lega_person_id] NVARCHAR(MAX), [lega_legal_status] NVARCHAR(MAX), [lega_legal_status_start_date] DATETIME, [lega_legal_status_end_date] DATETIME);
    INSERT INTO [#ssd_load_ssd_legal_status] ([lega_legal_status_id], [lega_person_id], [lega_legal_status], [lega_legal_status_start_date], [lega_legal_status_end_date])
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
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_legal_status];
    INSERT INTO [ssd].[ssd_legal_status] ([lega_legal_status_id], [lega_person_id], [lega_legal_status], [lega_legal_status_start_date], [lega_legal_status_end_date])
    SELECT CASE WHEN LEN([lega_legal_status_id]) > 48 THEN CONCAT(LEFT([lega_legal_status_id], 47), N'…') ELSE [lega_legal_status_id] END, CASE WHEN LEN([lega_person_id]) > 48 THEN CONCAT(LEFT([lega_person_id], 47), N'…') ELSE [lega_person_id] END, CASE WHEN LEN([lega_legal_status]) > 100 THEN CONCAT(LEFT([lega_legal_status], 99), N'…') ELSE [lega_legal_status] END, [lega_legal_status_start_date], [lega_legal_status_end_date] FROM [#ssd_load_ssd_legal_status];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_legal_status', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' lega_legal_status_id=', SUM(CASE WHEN LEN([lega_legal_status_id]) > 48 THEN 1 ELSE 0 END)), N' lega_legal_status_id=0'), NULLIF(CONCAT(N' lega_person_id=', SUM(CASE WHEN LEN([lega_person_id]) > 48 THEN 1 ELSE 0 END)), N' lega_person_id=0'), NULLIF(CONCAT(N' lega_legal_status=', SUM(CASE WHEN LEN([lega_legal_status]) > 100 THEN 1 ELSE 0 END)), N' lega_legal_status=0')) FROM [#ssd_load_ssd_legal_status];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_legal_status', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_legal_status];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
