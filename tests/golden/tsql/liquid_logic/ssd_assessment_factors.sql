
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
                MAX(CASE WHEN dfe.pos = 1 THEN N', "1A"' END),
                MAX(CASE WHEN dfe.pos = 2 THEN N', "1B"' END),
                MAX(CASE WHEN dfe.pos = 3 THEN N', "1C"' END),
                MAX(CASE WHEN dfe.pos = 4 THEN N', "2A"' END),
                MAX(CASE WHEN dfe.pos = 5 THEN N', "2B"' END),
                MAX(CASE WHEN dfe.pos = 6 THEN N', "2C"' END),
                MAX(CASE WHEN dfe.pos = 7 THEN N', "3A"' END),
                MAX(CASE WHEN dfe.pos = 8 THEN N', "3B"' END),
                MAX(CASE WHEN dfe.pos = 9 THEN N', "3C"' END),
                MAX(CASE WHEN dfe.pos = 10 THEN N', "4A"' END),
                MAX(CASE WHEN dfe.pos = 11 THEN N', "4B"' END),
                MAX(CASE WHEN dfe.pos = 12 THEN N', "4C"' END),
                MAX(CASE WHEN dfe.pos = 13 THEN N', "5A"' END),
                MAX(CASE WHEN dfe.pos = 14 THEN N', "5B"' END),
                MAX(CASE WHEN dfe.pos = 15 THEN N', "5C"' END),
                MAX(CASE WHEN dfe.pos = 16 THEN N', "6A"' END),
                MAX(CASE WHEN dfe.pos = 17 THEN N', "6B"' END),
                MAX(CASE WHEN dfe.pos = 18 THEN N', "6C"' END),
                MAX(CASE WHEN dfe.pos = 19 THEN N', "7A"' END),
                MAX(CASE WHEN dfe.pos = 20 THEN N', "8B"' END),
                MAX(CASE WHEN dfe.pos = 21 THEN N', "8C"' END),
                MAX(CASE WHEN dfe.pos = 22 THEN N', "8D"' END),
                MAX(CASE WHEN dfe.pos = 23 THEN N', "8E"' END),
                MAX(CASE WHEN dfe.pos = 24 THEN N', "8F"' END),
                MAX(CASE WHEN dfe.pos = 25 THEN N', "9A"' END),
                MAX(CASE WHEN dfe.pos = 26 THEN N', "10A"' END),
                MAX(CASE WHEN dfe.pos = 27 THEN N', "11A"' END),
                MAX(CASE WHEN dfe.pos = 28 THEN N', "12A"' END),
                MAX(CASE WHEN dfe.pos = 29 THEN N', "13A"' END),
                MAX(CASE WHEN dfe.pos = 30 THEN N', "14A"' END),
                MAX(CASE WHEN dfe.pos = 31 THEN N', "15A"' END),
                MAX(CASE WHEN dfe.pos = 32 THEN N', "16A"' END),
                MAX(CASE WHEN dfe.pos = 33 THEN N', "17A"' END),
                MAX(CASE WHEN dfe.pos = 34 THEN N', "18A"' END),
                MAX(CASE WHEN dfe.pos = 35 THEN N', "18B"' END),
                MAX(CASE WHEN dfe.pos = 36 THEN N', "18C"' END),
                MAX(CASE WHEN dfe.pos = 37 THEN N', "19A"' END),
                MAX(CASE WHEN dfe.pos = 38 THEN N', "19B"' END),
                MAX(CASE WHEN dfe.pos = 39 THEN N', "19C"' END),
                MAX(CASE WHEN dfe.pos = 40 THEN N', "20"' END),
                MAX(CASE WHEN dfe.pos = 41 THEN N', "21"' END),
                MAX(CASE WHEN dfe.pos = 42 THEN N', "22A"' END),
                MAX(CASE WHEN dfe.pos = 43 THEN N', "23A"' END),
                MAX(CASE WHEN dfe.pos = 44 THEN N', "24A"' END)
            ) AS code_list
        FROM [HDM].[Child_Social].[FACT_SINGLE_ASSESSMENT] sa
        JOIN [HDM].[Child_Social].[FACT_FORM_ANSWERS] fa ON fa.FACT_FORM_ID = sa.FACT_FORM_ID
        -- each code's place in the list, found by one join instead of a comparison per code per answer
        JOIN (VALUES (N'1A', 1), (N'1B', 2), (N'1C', 3), (N'2A', 4), (N'2B', 5), (N'2C', 6), (N'3A', 7), (N'3B', 8), (N'3C', 9), (N'4A', 10), (N'4B', 11), (N'4C', 12), (N'5A', 13), (N'5B', 14), (N'5C', 15), (N'6A', 16), (N'6B', 17), (N'6C', 18), (N'7A', 19), (N'8B', 20), (N'8C', 21), (N'8D', 22), (N'8E', 23), (N'8F', 24), (N'9A', 25), (N'10A', 26), (N'11A', 27), (N'12A', 28), (N'13A', 29), (N'14A', 30), (N'15A', 31), (N'16A', 32), (N'17A', 33), (N'18A', 34), (N'18B', 35), (N'18C', 36), (N'19A', 37), (N'19B', 38), (N'19C', 39), (N'20', 40), (N'21', 41), (N'22A', 42), (N'23A', 43), (N'24A', 44)) AS dfe (code, pos)
            ON dfe.code = UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000)))))
        WHERE sa.FACT_FORM_ID <> -1
            AND COALESCE(sa.DIM_LOOKUP_STEP_SUBSTATUS_CODE, '') NOT IN ('X', 'D')
            AND UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS NVARCHAR(4000))))) IN (N'1A', N'1B', N'1C', N'2A', N'2B', N'2C', N'3A', N'3B', N'3C', N'4A', N'4B', N'4C', N'5A', N'5B', N'5C', N'6A', N'6B', N'6C', N'7A', N'8B', N'8C', N'8D', N'8E', N'8F', N'9A', N'10A', N'11A', N'12A', N'13A', N'14A', N'15A', N'16A', N'17A', N'18A', N'18B', N'18C', N'19A', N'19B', N'19C', N'20', N'21', N'22A', N'23A', N'24A')
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
