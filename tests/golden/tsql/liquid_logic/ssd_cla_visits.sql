RAISERROR(N'refilling ssd_cla_visits', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_visits') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_visits];
    CREATE TABLE [#ssd_load_ssd_cla_visits] ([clav_cla_visit_id] NVARCHAR(MAX), [clav_cla_id] NVARCHAR(MAX), [clav_person_id] NVARCHAR(MAX), [clav_cla_visit_date] DATETIME, [clav_cla_visit_seen] NVARCHAR(MAX), [clav_cla_visit_seen_alone] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_cla_visits] ([clav_cla_visit_id], [clav_cla_id], [clav_person_id], [clav_cla_visit_date], [clav_cla_visit_seen], [clav_cla_visit_seen_alone])
    SELECT
        CAST(cv.FACT_CLA_VISIT_ID AS NVARCHAR(48)),
        CAST(NULLIF(cv.FACT_CLA_ID, -1) AS NVARCHAR(48)),
        CAST(cv.DIM_PERSON_ID AS NVARCHAR(48)),
        cn.EVENT_DTTM,
        LEFT(cn.SEEN_FLAG, 1),
        LEFT(cn.SEEN_ALONE_FLAG, 1)
    FROM [HDM].[Child_Social].[FACT_CLA_VISIT] cv
    JOIN [HDM].[Child_Social].[FACT_CASENOTES] cn
        ON cn.FACT_CASENOTE_ID = cv.FACT_CASENOTE_ID AND cn.DIM_PERSON_ID = cv.DIM_PERSON_ID
    WHERE cv.DIM_PERSON_ID <> -1
        AND UPPER(LTRIM(RTRIM(CAST(cn.DIM_LOOKUP_CASNT_TYPE_ID_CODE AS NVARCHAR(4000))))) = N'STVL'
        AND (cn.EVENT_DTTM IS NULL OR cn.EVENT_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(cv.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_visits];
    INSERT INTO [ssd].[ssd_cla_visits] ([clav_cla_visit_id], [clav_cla_id], [clav_person_id], [clav_cla_visit_date], [clav_cla_visit_seen], [clav_cla_visit_seen_alone])
    SELECT CASE WHEN LEN([clav_cla_visit_id]) > 48 THEN CONCAT(LEFT([clav_cla_visit_id], 47), N'…') ELSE [clav_cla_visit_id] END, CASE WHEN LEN([clav_cla_id]) > 48 THEN CONCAT(LEFT([clav_cla_id], 47), N'…') ELSE [clav_cla_id] END, CASE WHEN LEN([clav_person_id]) > 48 THEN CONCAT(LEFT([clav_person_id], 47), N'…') ELSE [clav_person_id] END, [clav_cla_visit_date], CASE WHEN LEN([clav_cla_visit_seen]) > 1 THEN CONCAT(LEFT([clav_cla_visit_seen], 0), N'…') ELSE [clav_cla_visit_seen] END, CASE WHEN LEN([clav_cla_visit_seen_alone]) > 1 THEN CONCAT(LEFT([clav_cla_visit_seen_alone], 0), N'…') ELSE [clav_cla_visit_seen_alone] END FROM [#ssd_load_ssd_cla_visits];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_visits', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clav_cla_visit_id=', SUM(CASE WHEN LEN([clav_cla_visit_id]) > 48 THEN 1 ELSE 0 END)), N' clav_cla_visit_id=0'), NULLIF(CONCAT(N' clav_cla_id=', SUM(CASE WHEN LEN([clav_cla_id]) > 48 THEN 1 ELSE 0 END)), N' clav_cla_id=0'), NULLIF(CONCAT(N' clav_person_id=', SUM(CASE WHEN LEN([clav_person_id]) > 48 THEN 1 ELSE 0 END)), N' clav_person_id=0'), NULLIF(CONCAT(N' clav_cla_visit_seen=', SUM(CASE WHEN LEN([clav_cla_visit_seen]) > 1 THEN 1 ELSE 0 END)), N' clav_cla_visit_seen=0'), NULLIF(CONCAT(N' clav_cla_visit_seen_alone=', SUM(CASE WHEN LEN([clav_cla_visit_seen_alone]) > 1 THEN 1 ELSE 0 END)), N' clav_cla_visit_seen_alone=0')) FROM [#ssd_load_ssd_cla_visits];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_visits', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_visits];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
