RAISERROR(N'refilling ssd_sdq_scores', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_sdq_scores') IS NOT NULL DROP TABLE [#ssd_load_ssd_sdq_scores];
    CREATE TABLE [#ssd_load_ssd_sdq_scores] ([csdq_table_id] NVARCHAR(MAX), [csdq_person_id] NVARCHAR(MAX), [csdq_sdq_completed_date] DATETIME, [csdq_sdq_score] INT, [csdq_sdq_reason] NVARCHAR(MAX), [unreadable__csdq_sdq_score] INT);
    INSERT INTO [#ssd_load_ssd_sdq_scores] ([csdq_table_id], [csdq_person_id], [csdq_sdq_completed_date], [csdq_sdq_score], [csdq_sdq_reason], [unreadable__csdq_sdq_score])
    SELECT
        CAST(h.HEALTH_ID AS NVARCHAR(48)),
        CAST(h.PERSON_ID AS NVARCHAR(48)),
        h.HEALTH_ASSESSMENT_DATE,
        CASE WHEN LEN(LTRIM(RTRIM(CAST(h.SDQ_SCORE AS NVARCHAR(MAX))))) BETWEEN 1 AND 9 AND LTRIM(RTRIM(CAST(h.SDQ_SCORE AS NVARCHAR(MAX)))) NOT LIKE N'%[^0-9]%' OR LEN(LTRIM(RTRIM(CAST(h.SDQ_SCORE AS NVARCHAR(MAX))))) BETWEEN 2 AND 10 AND LTRIM(RTRIM(CAST(h.SDQ_SCORE AS NVARCHAR(MAX)))) LIKE N'-%' AND SUBSTRING(LTRIM(RTRIM(CAST(h.SDQ_SCORE AS NVARCHAR(MAX)))), 2, 9) NOT LIKE N'%[^0-9]%' THEN TRY_CAST(LTRIM(RTRIM(CAST(h.SDQ_SCORE AS NVARCHAR(MAX)))) AS INT) END,
        LEFT(h.SDQ_REASON, 100),
        CASE WHEN CASE WHEN LEN(LTRIM(RTRIM(CAST(h.SDQ_SCORE AS NVARCHAR(MAX))))) BETWEEN 1 AND 9 AND LTRIM(RTRIM(CAST(h.SDQ_SCORE AS NVARCHAR(MAX)))) NOT LIKE N'%[^0-9]%' OR LEN(LTRIM(RTRIM(CAST(h.SDQ_SCORE AS NVARCHAR(MAX))))) BETWEEN 2 AND 10 AND LTRIM(RTRIM(CAST(h.SDQ_SCORE AS NVARCHAR(MAX)))) LIKE N'-%' AND SUBSTRING(LTRIM(RTRIM(CAST(h.SDQ_SCORE AS NVARCHAR(MAX)))), 2, 9) NOT LIKE N'%[^0-9]%' THEN TRY_CAST(LTRIM(RTRIM(CAST(h.SDQ_SCORE AS NVARCHAR(MAX)))) AS INT) END IS NULL AND LTRIM(RTRIM(CAST(h.SDQ_SCORE AS NVARCHAR(4000)))) <> '' THEN 1 END
    FROM [dm_HEALTH_ASSESSMENTS] h
    WHERE (UPPER(LTRIM(RTRIM(CAST(h.SDQ_COMPLETED AS NVARCHAR(4000))))) = N'Y' OR h.SDQ_REASON IS NOT NULL)
      AND h.HEALTH_ASSESSMENT_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
      AND h.HEALTH_ASSESSMENT_DATE <= CAST(GETDATE() AS DATE)
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(h.PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_sdq_scores];
    INSERT INTO [ssd].[ssd_sdq_scores] ([csdq_table_id], [csdq_person_id], [csdq_sdq_completed_date], [csdq_sdq_score], [csdq_sdq_reason])
    SELECT CASE WHEN LEN([csdq_table_id]) > 48 THEN CONCAT(LEFT([csdq_table_id], 47), N'…') ELSE [csdq_table_id] END, CASE WHEN LEN([csdq_person_id]) > 48 THEN CONCAT(LEFT([csdq_person_id], 47), N'…') ELSE [csdq_person_id] END, [csdq_sdq_completed_date], [csdq_sdq_score], CASE WHEN LEN([csdq_sdq_reason]) > 100 THEN CONCAT(LEFT([csdq_sdq_reason], 99), N'…') ELSE [csdq_sdq_reason] END FROM [#ssd_load_ssd_sdq_scores];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_sdq_scores', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' csdq_table_id=', SUM(CASE WHEN LEN([csdq_table_id]) > 48 THEN 1 ELSE 0 END)), N' csdq_table_id=0'), NULLIF(CONCAT(N' csdq_person_id=', SUM(CASE WHEN LEN([csdq_person_id]) > 48 THEN 1 ELSE 0 END)), N' csdq_person_id=0'), NULLIF(CONCAT(N' csdq_sdq_reason=', SUM(CASE WHEN LEN([csdq_sdq_reason]) > 100 THEN 1 ELSE 0 END)), N' csdq_sdq_reason=0')), @unread = CONCAT(N'', NULLIF(CONCAT(N' csdq_sdq_score=', SUM(CASE WHEN [unreadable__csdq_sdq_score] = 1 THEN 1 ELSE 0 END)), N' csdq_sdq_score=0')) FROM [#ssd_load_ssd_sdq_scores];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_sdq_scores', @cuts) WITH NOWAIT;
    IF @unread <> N'' RAISERROR(N'ssd-bridge unreadable: %s:%s', 0, 1, N'ssd_sdq_scores', @unread) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_sdq_scores];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;

GO
