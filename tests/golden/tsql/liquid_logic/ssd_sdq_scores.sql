RAISERROR(N'refilling ssd_sdq_scores', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_sdq_scores') IS NOT NULL DROP TABLE [#ssd_load_ssd_sdq_scores];
    CREATE TABLE [#ssd_load_ssd_sdq_scores] ([csdq_table_id] NVARCHAR(MAX), [csdq_person_id] NVARCHAR(MAX), [csdq_sdq_completed_date] DATETIME, [csdq_sdq_score] INT, [csdq_sdq_reason] NVARCHAR(MAX));
    WITH answers AS (
        -- one pass over the answers: the SDQ forms' score answers and the forms' end-date answers
        SELECT a.FACT_FORM_ID, ff.DIM_PERSON_ID, a.ANSWER, a.ANSWERED_DTTM,
               CASE WHEN UPPER(LTRIM(RTRIM(CAST(a.ANSWER_NO AS NVARCHAR(4000))))) = N'SDQSCORE'
                         AND a.DIM_ASSESSMENT_TEMPLATE_ID_DESC LIKE N'Strengths and Difficulties Questionnaire%' THEN 1 ELSE 0 END AS is_score,
               CASE WHEN UPPER(LTRIM(RTRIM(CAST(a.ANSWER_NO AS NVARCHAR(4000))))) = N'FORMENDDATE' THEN a.ANSWERED_DTTM END AS end_date
        FROM [HDM].[Child_Social].[FACT_FORM_ANSWERS] a
        JOIN [HDM].[Child_Social].[FACT_FORMS] ff ON ff.FACT_FORM_ID = a.FACT_FORM_ID
        WHERE ff.DIM_PERSON_ID <> -1
            AND ((UPPER(LTRIM(RTRIM(CAST(a.ANSWER_NO AS NVARCHAR(4000))))) = N'SDQSCORE'
                  AND a.DIM_ASSESSMENT_TEMPLATE_ID_DESC LIKE N'Strengths and Difficulties Questionnaire%')
                 OR UPPER(LTRIM(RTRIM(CAST(a.ANSWER_NO AS NVARCHAR(4000))))) = N'FORMENDDATE')
    ),
    ranked AS (
        -- per form: the latest score answer first; the form was finished at its latest end-date answer
        SELECT an.FACT_FORM_ID, an.DIM_PERSON_ID, an.ANSWER, an.ANSWERED_DTTM, an.is_score,
               MAX(an.end_date) OVER (PARTITION BY an.FACT_FORM_ID) AS ended,
               ROW_NUMBER() OVER (PARTITION BY an.FACT_FORM_ID ORDER BY an.is_score DESC, CASE WHEN an.ANSWERED_DTTM IS NULL THEN 1 ELSE 0 END, an.ANSWERED_DTTM DESC) AS rn
        FROM answers an
    ),
    sdq AS (
        SELECT r.FACT_FORM_ID, r.DIM_PERSON_ID,
               COALESCE(r.ended, r.ANSWERED_DTTM) AS completed,
               CASE WHEN LEN(LTRIM(RTRIM(CAST(r.ANSWER AS NVARCHAR(MAX))))) BETWEEN 1 AND 9 AND LTRIM(RTRIM(CAST(r.ANSWER AS NVARCHAR(MAX)))) NOT LIKE N'%[^0-9]%' OR LEN(LTRIM(RTRIM(CAST(r.ANSWER AS NVARCHAR(MAX))))) BETWEEN 2 AND 10 AND LTRIM(RTRIM(CAST(r.ANSWER AS NVARCHAR(MAX)))) LIKE N'-%' AND SUBSTRING(LTRIM(RTRIM(CAST(r.ANSWER AS NVARCHAR(MAX)))), 2, 9) NOT LIKE N'%[^0-9]%' THEN TRY_CAST(LTRIM(RTRIM(CAST(r.ANSWER AS NVARCHAR(MAX)))) AS INT) END AS score
        FROM ranked r
        WHERE r.rn = 1 AND r.is_score = 1
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
