RAISERROR(N'refilling ssd_sdq_scores', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_sdq_scores') IS NOT NULL DROP TABLE [#ssd_load_ssd_sdq_scores];
    CREATE TABLE [#ssd_load_ssd_sdq_scores] ([csdq_table_id] NVARCHAR(MAX), [csdq_person_id] NVARCHAR(MAX), [csdq_sdq_completed_date] DATETIME, [csdq_sdq_score] INT, [csdq_sdq_reason] NVARCHAR(MAX));
    WITH scores AS (
        -- the latest score answer on each SDQ form
        SELECT a.FACT_FORM_ID, a.ANSWER, a.ANSWERED_DTTM,
               ROW_NUMBER() OVER (PARTITION BY a.FACT_FORM_ID ORDER BY CASE WHEN a.ANSWERED_DTTM IS NULL THEN 1 ELSE 0 END, a.ANSWERED_DTTM DESC) AS rn
        FROM [HDM].[Child_Social].[FACT_FORM_ANSWERS] a
        WHERE UPPER(LTRIM(RTRIM(CAST(a.ANSWER_NO AS NVARCHAR(4000))))) = N'SDQSCORE'
            AND a.DIM_ASSESSMENT_TEMPLATE_ID_DESC LIKE N'Strengths and Difficulties Questionnaire%'
    ),
    ends AS (
        -- when the form was finished: the latest end-date answer on it
        SELECT e.FACT_FORM_ID, MAX(e.ANSWERED_DTTM) AS ended
        FROM [HDM].[Child_Social].[FACT_FORM_ANSWERS] e
        JOIN scores sc ON sc.FACT_FORM_ID = e.FACT_FORM_ID AND sc.rn = 1
        WHERE UPPER(LTRIM(RTRIM(CAST(e.ANSWER_NO AS NVARCHAR(4000))))) = N'FORMENDDATE'
        GROUP BY e.FACT_FORM_ID
    ),
    sdq AS (
        SELECT ff.FACT_FORM_ID, ff.DIM_PERSON_ID,
               COALESCE(en.ended, s.ANSWERED_DTTM) AS completed,
               CASE WHEN LEN(LTRIM(RTRIM(CAST(s.ANSWER AS NVARCHAR(MAX))))) BETWEEN 1 AND 9 AND LTRIM(RTRIM(CAST(s.ANSWER AS NVARCHAR(MAX)))) NOT LIKE N'%[^0-9]%' OR LEN(LTRIM(RTRIM(CAST(s.ANSWER AS NVARCHAR(MAX))))) BETWEEN 2 AND 10 AND LTRIM(RTRIM(CAST(s.ANSWER AS NVARCHAR(MAX)))) LIKE N'-%' AND SUBSTRING(LTRIM(RTRIM(CAST(s.ANSWER AS NVARCHAR(MAX)))), 2, 9) NOT LIKE N'%[^0-9]%' THEN TRY_CAST(LTRIM(RTRIM(CAST(s.ANSWER AS NVARCHAR(MAX)))) AS INT) END AS score
        FROM [HDM].[Child_Social].[FACT_FORMS] ff
        JOIN scores s ON s.FACT_FORM_ID = ff.FACT_FORM_ID AND s.rn = 1
        LEFT JOIN ends en ON en.FACT_FORM_ID = ff.FACT_FORM_ID
        WHERE ff.DIM_PERSON_ID <> -1
    )
    INSERT INTO [#ssd_load_ssd_sdq_scores] ([csdq_table_id], [csdq_person_id], [csdq_sdq_completed_date], [csdq_sdq_score], [csdq_sdq_reason])
    SELECT
        CAST(q.FACT_FORM_ID AS NVARCHAR(48)),
        CAST(q.DIM_PERSON_ID AS NVARCHAR(48)),
        q.completed,
        q.score,
        NULL
    FROM sdq q
    WHERE q.score IS NOT NULL
        AND q.completed >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(q.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_sdq_scores];
    INSERT INTO [ssd].[ssd_sdq_scores] ([csdq_table_id], [csdq_person_id], [csdq_sdq_completed_date], [csdq_sdq_score], [csdq_sdq_reason])
    SELECT CASE WHEN LEN([csdq_table_id]) > 48 THEN CONCAT(LEFT([csdq_table_id], 47), N'…') ELSE [csdq_table_id] END, CASE WHEN LEN([csdq_person_id]) > 48 THEN CONCAT(LEFT([csdq_person_id], 47), N'…') ELSE [csdq_person_id] END, [csdq_sdq_completed_date], [csdq_sdq_score], CASE WHEN LEN([csdq_sdq_reason]) > 100 THEN CONCAT(LEFT([csdq_sdq_reason], 99), N'…') ELSE [csdq_sdq_reason] END FROM [#ssd_load_ssd_sdq_scores];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_sdq_scores', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' csdq_table_id=', SUM(CASE WHEN LEN([csdq_table_id]) > 48 THEN 1 ELSE 0 END)), N' csdq_table_id=0'), NULLIF(CONCAT(N' csdq_person_id=', SUM(CASE WHEN LEN([csdq_person_id]) > 48 THEN 1 ELSE 0 END)), N' csdq_person_id=0'), NULLIF(CONCAT(N' csdq_sdq_reason=', SUM(CASE WHEN LEN([csdq_sdq_reason]) > 100 THEN 1 ELSE 0 END)), N' csdq_sdq_reason=0')) FROM [#ssd_load_ssd_sdq_scores];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_sdq_scores', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_sdq_scores];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
