RAISERROR(N'refilling ssd_immigration_status', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_immigration_status') IS NOT NULL DROP TABLE [#ssd_load_ssd_immigration_status];
    CREATE TABLE [#ssd_load_ssd_immigration_status] ([immi_immigration_status_id] NVARCHAR(MAX), [immi_person_id] NVARCHAR(MAX), [immi_immigration_status_start_date] DATETIME, [immi_immigration_status_end_date] DATETIME, [immi_immigration_status] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_immigration_status] ([immi_immigration_status_id], [immi_person_id], [immi_immigration_status_start_date], [immi_immigration_status_end_date], [immi_immigration_status])
    SELECT
        CAST(i.CLASSIFICATIONASSIGNMENTID AS NVARCHAR(48)),
        CAST(i.PERSONID AS NVARCHAR(48)),
        i.STARTDATE,
        i.ENDDATE,
        CASE WHEN i.CLASSIFICATIONCODEID = 423 THEN 'U'
            ELSE LEFT(COALESCE(cl.NAME, i.NAME), 100) END
    FROM [CLASSIFICATIONPERSONVIEW] i
    LEFT JOIN [CLASSIFICATION] cl ON cl.ID = i.CLASSIFICATIONCODEID
    WHERE (i.CLASSIFICATIONPATHID IN (1, 83))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(i.PERSONID AS NVARCHAR(48)))
        AND (i.STATUS IS NULL OR NOT UPPER(LTRIM(RTRIM(CAST(i.STATUS AS NVARCHAR(4000))))) = N'DELETED')
        AND (i.ENDDATE IS NULL OR i.ENDDATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_immigration_status];
    INSERT INTO [ssd].[ssd_immigration_status] ([immi_immigration_status_id], [immi_person_id], [immi_immigration_status_start_date], [immi_immigration_status_end_date], [immi_immigration_status])
    SELECT CASE WHEN LEN([immi_immigration_status_id]) > 48 THEN CONCAT(LEFT([immi_immigration_status_id], 47), N'…') ELSE [immi_immigration_status_id] END, CASE WHEN LEN([immi_person_id]) > 48 THEN CONCAT(LEFT([immi_person_id], 47), N'…') ELSE [immi_person_id] END, [immi_immigration_status_start_date], [immi_immigration_status_end_date], CASE WHEN LEN([immi_immigration_status]) > 100 THEN CONCAT(LEFT([immi_immigration_status], 99), N'…') ELSE [immi_immigration_status] END FROM [#ssd_load_ssd_immigration_status];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_immigration_status', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' immi_immigration_status_id=', SUM(CASE WHEN LEN([immi_immigration_status_id]) > 48 THEN 1 ELSE 0 END)), N' immi_immigration_status_id=0'), NULLIF(CONCAT(N' immi_person_id=', SUM(CASE WHEN LEN([immi_person_id]) > 48 THEN 1 ELSE 0 END)), N' immi_person_id=0'), NULLIF(CONCAT(N' immi_immigration_status=', SUM(CASE WHEN LEN([immi_immigration_status]) > 100 THEN 1 ELSE 0 END)), N' immi_immigration_status=0')) FROM [#ssd_load_ssd_immigration_status];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_immigration_status', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_immigration_status];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
