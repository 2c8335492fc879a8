
RAISERROR(N'refilling ssd_cin_visits', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cin_visits') IS NOT NULL DROP TABLE [#ssd_load_ssd_cin_visits];
    CREATE TABLE [#ssd_load_ssd_cin_visits] ([cinv_cin_visit_id] NVARCHAR(MAX), [cinv_person_id] NVARCHAR(MAX), [cinv_cin_visit_date] DATETIME, [cinv_cin_visit_seen] NVARCHAR(MAX), [cinv_cin_visit_seen_alone] NVARCHAR(MAX), [cinv_cin_visit_bedroom] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_cin_visits] ([cinv_cin_visit_id], [cinv_person_id], [cinv_cin_visit_date], [cinv_cin_visit_seen], [cinv_cin_visit_seen_alone], [cinv_cin_visit_bedroom])
    SELECT
        CAST(cn.FACT_CASENOTE_ID AS NVARCHAR(48)),
        CAST(cn.DIM_PERSON_ID AS NVARCHAR(48)),
        cn.EVENT_DTTM,
        LEFT(cn.SEEN_FLAG, 1),
        LEFT(cn.SEEN_ALONE_FLAG, 1),
        LEFT(cn.SEEN_BEDROOM_FLAG, 1)
    FROM [HDM].[Child_Social].[FACT_CASENOTES] cn
    WHERE cn.DIM_PERSON_ID <> -1
        AND UPPER(LTRIM(RTRIM(CAST(cn.DIM_LOOKUP_CASNT_TYPE_ID_CODE AS NVARCHAR(4000))))) IN (N'CNSTAT', N'CNSTATCOVID', N'STAT', N'HVIS', N'DRCT', N'IRO', N'SUPERCONT', N'STVL', N'STVLCOVID', N'STVC', N'STVCPCOVID')
        AND (cn.EVENT_DTTM IS NULL OR cn.EVENT_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(cn.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cin_visits];
    INSERT INTO [ssd].[ssd_cin_visits] ([cinv_cin_visit_id], [cinv_person_id], [cinv_cin_visit_date], [cinv_cin_visit_seen], [cinv_cin_visit_seen_alone], [cinv_cin_visit_bedroom])
    SELECT CASE WHEN LEN([cinv_cin_visit_id]) > 48 THEN CONCAT(LEFT([cinv_cin_visit_id], 47), N'…') ELSE [cinv_cin_visit_id] END, CASE WHEN LEN([cinv_person_id]) > 48 THEN CONCAT(LEFT([cinv_person_id], 47), N'…') ELSE [cinv_person_id] END, [cinv_cin_visit_date], CASE WHEN LEN([cinv_cin_visit_seen]) > 1 THEN CONCAT(LEFT([cinv_cin_visit_seen], 0), N'…') ELSE [cinv_cin_visit_seen] END, CASE WHEN LEN([cinv_cin_visit_seen_alone]) > 1 THEN CONCAT(LEFT([cinv_cin_visit_seen_alone], 0), N'…') ELSE [cinv_cin_visit_seen_alone] END, CASE WHEN LEN([cinv_cin_visit_bedroom]) > 1 THEN CONCAT(LEFT([cinv_cin_visit_bedroom], 0), N'…') ELSE [cinv_cin_visit_bedroom] END FROM [#ssd_load_ssd_cin_visits];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cin_visits', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cinv_cin_visit_id=', SUM(CASE WHEN LEN([cinv_cin_visit_id]) > 48 THEN 1 ELSE 0 END)), N' cinv_cin_visit_id=0'), NULLIF(CONCAT(N' cinv_person_id=', SUM(CASE WHEN LEN([cinv_person_id]) > 48 THEN 1 ELSE 0 END)), N' cinv_person_id=0'), NULLIF(CONCAT(N' cinv_cin_visit_seen=', SUM(CASE WHEN LEN([cinv_cin_visit_seen]) > 1 THEN 1 ELSE 0 END)), N' cinv_cin_visit_seen=0'), NULLIF(CONCAT(N' cinv_cin_visit_seen_alone=', SUM(CASE WHEN LEN([cinv_cin_visit_seen_alone]) > 1 THEN 1 ELSE 0 END)), N' cinv_cin_visit_seen_alone=0'), NULLIF(CONCAT(N' cinv_cin_visit_bedroom=', SUM(CASE WHEN LEN([cinv_cin_visit_bedroom]) > 1 THEN 1 ELSE 0 END)), N' cinv_cin_visit_bedroom=0')) FROM [#ssd_load_ssd_cin_visits];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cin_visits', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cin_visits];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
