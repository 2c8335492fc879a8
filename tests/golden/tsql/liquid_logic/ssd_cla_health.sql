RAISERROR(N'refilling ssd_cla_health', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_health') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_health];
    CREATE TABLE [#ssd_load_ssd_cla_health] ([clah_health_check_id] NVARCHAR(MAX), [clah_person_id] NVARCHAR(MAX), [clah_health_check_type] NVARCHAR(MAX), [clah_health_check_date] DATETIME, [clah_health_check_status] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_cla_health] ([clah_health_check_id], [clah_person_id], [clah_health_check_type], [clah_health_check_date], [clah_health_check_status])
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
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_health];
    INSERT INTO [ssd].[ssd_cla_health] ([clah_health_check_id], [clah_person_id], [clah_health_check_type], [clah_health_check_date], [clah_health_check_status])
    SELECT CASE WHEN LEN([clah_health_check_id]) > 48 THEN CONCAT(LEFT([clah_health_check_id], 47), N'…') ELSE [clah_health_check_id] END, CASE WHEN LEN([clah_person_id]) > 48 THEN CONCAT(LEFT([clah_person_id], 47), N'…') ELSE [clah_person_id] END, CASE WHEN LEN([clah_health_check_type]) > 500 THEN CONCAT(LEFT([clah_health_check_type], 499), N'…') ELSE [clah_health_check_type] END, [clah_health_check_date], CASE WHEN LEN([clah_health_check_status]) > 48 THEN CONCAT(LEFT([clah_health_check_status], 47), N'…') ELSE [clah_health_check_status] END FROM [#ssd_load_ssd_cla_health];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_health', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clah_health_check_id=', SUM(CASE WHEN LEN([clah_health_check_id]) > 48 THEN 1 ELSE 0 END)), N' clah_health_check_id=0'), NULLIF(CONCAT(N' clah_person_id=', SUM(CASE WHEN LEN([clah_person_id]) > 48 THEN 1 ELSE 0 END)), N' clah_person_id=0'), NULLIF(CONCAT(N' clah_health_check_type=', SUM(CASE WHEN LEN([clah_health_check_type]) > 500 THEN 1 ELSE 0 END)), N' clah_health_check_type=0'), NULLIF(CONCAT(N' clah_health_check_status=', SUM(CASE WHEN LEN([clah_health_check_status]) > 48 THEN 1 ELSE 0 END)), N' clah_health_check_status=0')) FROM [#ssd_load_ssd_cla_health];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_health', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_health];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
