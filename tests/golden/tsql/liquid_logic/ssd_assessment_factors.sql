
RAISERROR(N'refilling ssd_assessment_factors', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_assessment_factors') IS NOT NULL DROP TABLE [#ssd_load_ssd_assessment_factors];
    CREATE TABLE [#ssd_load_ssd_assessment_factors] ([cinf_table_id] NVARCHAR(MAX), [cinf_assessment_id] NVARCHAR(MAX), [cinf_assessment_factors_json] NVARCHAR(MAX));
    WITH factors AS (
        SELECT
            sa.FACT_SINGLE_ASSESSMENT_ID,
            -- the assessment's external id where it has one, else its own id (the key must not be NULL)
            COALESCE(NULLIF(sa.EXTERNAL_ID, -1), sa.FACT_SINGLE_ASSESSMENT_ID) AS table_id,
            CONCAT(
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'1A' THEN N', "1A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'1B' THEN N', "1B"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'1C' THEN N', "1C"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'2A' THEN N', "2A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'2B' THEN N', "2B"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'2C' THEN N', "2C"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'3A' THEN N', "3A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'3B' THEN N', "3B"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'3C' THEN N', "3C"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'4A' THEN N', "4A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'4B' THEN N', "4B"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'4C' THEN N', "4C"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'5A' THEN N', "5A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'5B' THEN N', "5B"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'5C' THEN N', "5C"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'6A' THEN N', "6A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'6B' THEN N', "6B"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'6C' THEN N', "6C"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'7A' THEN N', "7A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'8B' THEN N', "8B"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'8C' THEN N', "8C"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'8D' THEN N', "8D"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'8E' THEN N', "8E"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'8F' THEN N', "8F"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'9A' THEN N', "9A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'10A' THEN N', "10A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'11A' THEN N', "11A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'12A' THEN N', "12A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'13A' THEN N', "13A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'14A' THEN N', "14A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'15A' THEN N', "15A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'16A' THEN N', "16A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'17A' THEN N', "17A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'18A' THEN N', "18A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'18B' THEN N', "18B"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'18C' THEN N', "18C"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'19A' THEN N', "19A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'19B' THEN N', "19B"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'19C' THEN N', "19C"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'20' THEN N', "20"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'21' THEN N', "21"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'22A' THEN N', "22A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'23A' THEN N', "23A"' END),
                MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) = N'24A' THEN N', "24A"' END)
            ) AS code_list
        FROM [HDM].[Child_Social].[FACT_SINGLE_ASSESSMENT] sa
        JOIN [HDM].[Child_Social].[FACT_FORM_ANSWERS] fa ON fa.FACT_FORM_ID = sa.FACT_FORM_ID
        WHERE sa.FACT_FORM_ID <> -1
            AND COALESCE(sa.DIM_LOOKUP_STEP_SUBSTATUS_CODE, '') NOT IN ('X', 'D')
            AND fa.ANSWER_NO IN (N'1A', N'1B', N'1C', N'2A', N'2B', N'2C', N'3A', N'3B', N'3C', N'4A', N'4B', N'4C', N'5A', N'5B', N'5C', N'6A', N'6B', N'6C', N'7A', N'8B', N'8C', N'8D', N'8E', N'8F', N'9A', N'10A', N'11A', N'12A', N'13A', N'14A', N'15A', N'16A', N'17A', N'18A', N'18B', N'18C', N'19A', N'19B', N'19C', N'20', N'21', N'22A', N'23A', N'24A')
            AND LOWER(LTRIM(RTRIM(fa.ANSWER))) = 'yes'
            AND EXISTS (
                SELECT 1 FROM [ssd].[ssd_cin_assessments] ca
                WHERE ca.cina_assessment_id = CAST(sa.FACT_SINGLE_ASSESSMENT_ID AS NVARCHAR(48))
            )
        GROUP BY sa.FACT_SINGLE_ASSESSMENT_ID, sa.EXTERNAL_ID
    )
    INSERT INTO [#ssd_load_ssd_assessment_factors] ([cinf_table_id], [cinf_assessment_id], [cinf_assessment_factors_json])
    SELECT
        CAST(f.table_id AS NVARCHAR(48)),
        CAST(f.FACT_SINGLE_ASSESSMENT_ID AS NVARCHAR(48)),
        -- drop the leading ", " of the first code
        CONCAT('[', SUBSTRING(f.code_list, 3, 4000), ']')
    FROM factors f;
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_assessment_factors];
    INSERT INTO [ssd].[ssd_assessment_factors] ([cinf_table_id], [cinf_assessment_id], [cinf_assessment_factors_json])
    SELECT CASE WHEN LEN([cinf_table_id]) > 48 THEN CONCAT(LEFT([cinf_table_id], 47), N'…') ELSE [cinf_table_id] END, CASE WHEN LEN([cinf_assessment_id]) > 48 THEN CONCAT(LEFT([cinf_assessment_id], 47), N'…') ELSE [cinf_assessment_id] END, [cinf_assessment_factors_json] FROM [#ssd_load_ssd_assessment_factors];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_assessment_factors', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cinf_table_id=', SUM(CASE WHEN LEN([cinf_table_id]) > 48 THEN 1 ELSE 0 END)), N' cinf_table_id=0'), NULLIF(CONCAT(N' cinf_assessment_id=', SUM(CASE WHEN LEN([cinf_assessment_id]) > 48 THEN 1 ELSE 0 END)), N' cinf_assessment_id=0')) FROM [#ssd_load_ssd_assessment_factors];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_assessment_factors', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_assessment_factors];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
