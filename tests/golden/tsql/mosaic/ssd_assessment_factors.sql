RAISERROR(N'refilling ssd_assessment_factors', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_assessment_factors') IS NOT NULL DROP TABLE [#ssd_load_ssd_assessment_factors];
    CREATE TABLE [#ssd_load_ssd_assessment_factors] ([cinf_table_id] NVARCHAR(MAX), [cinf_assessment_id] NVARCHAR(MAX), [cinf_assessment_factors_json] NVARCHAR(MAX));
    WITH factors AS (
        SELECT f.ASSESSMENT_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               UPPER(LTRIM(RTRIM(f.FACTOR_VALUE))) AS code
        FROM [dm_cin_assess_factors] f
        JOIN [DM_WORKFLOW_STEPS] s ON s.WORKFLOW_STEP_ID = f.ASSESSMENT_ID
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(LTRIM(RTRIM(CAST(ss.SUBJECT_TYPE_CODE AS NVARCHAR(4000))))) = N'PER'
        WHERE f.FACTOR_VALUE IS NOT NULL
    ),
    flags AS (
        SELECT fl.step_id, fl.person_id,
               CONCAT(
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'1A' THEN 1 ELSE 0 END) = 1 THEN ',"1A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'1B' THEN 1 ELSE 0 END) = 1 THEN ',"1B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'1C' THEN 1 ELSE 0 END) = 1 THEN ',"1C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'2A' THEN 1 ELSE 0 END) = 1 THEN ',"2A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'2B' THEN 1 ELSE 0 END) = 1 THEN ',"2B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'2C' THEN 1 ELSE 0 END) = 1 THEN ',"2C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'3A' THEN 1 ELSE 0 END) = 1 THEN ',"3A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'3B' THEN 1 ELSE 0 END) = 1 THEN ',"3B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'3C' THEN 1 ELSE 0 END) = 1 THEN ',"3C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'4A' THEN 1 ELSE 0 END) = 1 THEN ',"4A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'4B' THEN 1 ELSE 0 END) = 1 THEN ',"4B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'4C' THEN 1 ELSE 0 END) = 1 THEN ',"4C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'5A' THEN 1 ELSE 0 END) = 1 THEN ',"5A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'5B' THEN 1 ELSE 0 END) = 1 THEN ',"5B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'5C' THEN 1 ELSE 0 END) = 1 THEN ',"5C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'6A' THEN 1 ELSE 0 END) = 1 THEN ',"6A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'6B' THEN 1 ELSE 0 END) = 1 THEN ',"6B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'6C' THEN 1 ELSE 0 END) = 1 THEN ',"6C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'7A' THEN 1 ELSE 0 END) = 1 THEN ',"7A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'8B' THEN 1 ELSE 0 END) = 1 THEN ',"8B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'8C' THEN 1 ELSE 0 END) = 1 THEN ',"8C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'8D' THEN 1 ELSE 0 END) = 1 THEN ',"8D"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'8E' THEN 1 ELSE 0 END) = 1 THEN ',"8E"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'8F' THEN 1 ELSE 0 END) = 1 THEN ',"8F"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'9A' THEN 1 ELSE 0 END) = 1 THEN ',"9A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'10A' THEN 1 ELSE 0 END) = 1 THEN ',"10A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'11A' THEN 1 ELSE 0 END) = 1 THEN ',"11A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'12A' THEN 1 ELSE 0 END) = 1 THEN ',"12A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'13A' THEN 1 ELSE 0 END) = 1 THEN ',"13A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'14A' THEN 1 ELSE 0 END) = 1 THEN ',"14A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'15A' THEN 1 ELSE 0 END) = 1 THEN ',"15A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'16A' THEN 1 ELSE 0 END) = 1 THEN ',"16A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'17A' THEN 1 ELSE 0 END) = 1 THEN ',"17A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'18A' THEN 1 ELSE 0 END) = 1 THEN ',"18A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'18B' THEN 1 ELSE 0 END) = 1 THEN ',"18B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'18C' THEN 1 ELSE 0 END) = 1 THEN ',"18C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'19A' THEN 1 ELSE 0 END) = 1 THEN ',"19A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'19B' THEN 1 ELSE 0 END) = 1 THEN ',"19B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'19C' THEN 1 ELSE 0 END) = 1 THEN ',"19C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'20' THEN 1 ELSE 0 END) = 1 THEN ',"20"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'21' THEN 1 ELSE 0 END) = 1 THEN ',"21"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'22A' THEN 1 ELSE 0 END) = 1 THEN ',"22A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'23A' THEN 1 ELSE 0 END) = 1 THEN ',"23A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fl.code AS NVARCHAR(4000))))) = N'24A' THEN 1 ELSE 0 END) = 1 THEN ',"24A"' ELSE '' END
               ) AS list
        FROM factors fl
        WHERE fl.code IN (N'1A', N'1B', N'1C', N'2A', N'2B', N'2C', N'3A', N'3B', N'3C', N'4A', N'4B', N'4C', N'5A', N'5B', N'5C', N'6A', N'6B', N'6C', N'7A', N'8B', N'8C', N'8D', N'8E', N'8F', N'9A', N'10A', N'11A', N'12A', N'13A', N'14A', N'15A', N'16A', N'17A', N'18A', N'18B', N'18C', N'19A', N'19B', N'19C', N'20', N'21', N'22A', N'23A', N'24A')
        GROUP BY fl.step_id, fl.person_id
    )
    INSERT INTO [#ssd_load_ssd_assessment_factors] ([cinf_table_id], [cinf_assessment_id], [cinf_assessment_factors_json])
    SELECT
        CAST(x.step_id AS NVARCHAR(48)),
        CONCAT(CAST(x.step_id AS NVARCHAR(20)), '-', CAST(x.person_id AS NVARCHAR(20))),
        CONCAT('[', SUBSTRING(x.list, 2, 4000), ']')
    FROM flags x
    WHERE EXISTS (
        SELECT 1 FROM [ssd].[ssd_cin_assessments] ca
        WHERE ca.cina_assessment_id = CONCAT(CAST(x.step_id AS NVARCHAR(20)), '-', CAST(x.person_id AS NVARCHAR(20)))
    );
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
