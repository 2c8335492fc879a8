RAISERROR(N'refilling ssd_cla_health', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_health') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_health];
    CREATE TABLE [#ssd_load_ssd_cla_health] ([clah_health_check_id] NVARCHAR(MAX), [clah_person_id] NVARCHAR(MAX), [clah_health_check_type] NVARCHAR(MAX), [clah_health_check_date] DATETIME, [clah_health_check_status] NVARCHAR(MAX));
    WITH checks AS (
        SELECT CONCAT('DT.', CAST(d.DENTAL_ID AS VARCHAR(20))) AS check_id, d.PERSON_ID AS person_id,
               'Dental Check' AS check_type, d.DENTAL_CHECK_DATE AS check_date
        FROM [DM_DENTAL_CHECKS] d
        UNION ALL
        SELECT CONCAT('HA.', CAST(h.HEALTH_ID AS VARCHAR(20))), h.PERSON_ID, 'Health Assessment', h.HEALTH_ASSESSMENT_DATE
        FROM [dm_HEALTH_ASSESSMENTS] h
        WHERE COALESCE(h.SDQ_COMPLETED, 'N') <> 'Y' AND h.SDQ_SCORE IS NULL AND h.SDQ_REASON IS NULL
    )
    INSERT INTO [#ssd_load_ssd_cla_health] ([clah_health_check_id], [clah_person_id], [clah_health_check_type], [clah_health_check_date], [clah_health_check_status])
    SELECT
        c.check_id,
        CAST(c.person_id AS VARCHAR(48)),
        c.check_type,
        c.check_date,
        NULL  -- clah_health_check_status: not recorded in the data mart
    FROM checks c
    WHERE c.check_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)) AND c.check_date <= CAST(GETDATE() AS DATE)
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(c.person_id AS NVARCHAR(48)));
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
