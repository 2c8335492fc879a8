RAISERROR(N'refilling ssd_assessment_factors', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_assessment_factors') IS NOT NULL DROP TABLE [#ssd_load_ssd_assessment_factors];
    CREATE TABLE [#ssd_load_ssd_assessment_factors] ([cinf_table_id] NVARCHAR(MAX), [cinf_assessment_id] NVARCHAR(MAX), [cinf_assessment_factors_json] NVARCHAR(MAX));
    WITH factors AS (
        SELECT f.ASSESSMENT_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               dfe.pos
        FROM [dm_cin_assess_factors] f
        -- each DfE code's place in the list, found by one join instead of a comparison per code per row
        JOIN (VALUES (N'1A', 1), (N'1B', 2), (N'1C', 3), (N'2A', 4), (N'2B', 5), (N'2C', 6), (N'3A', 7), (N'3B', 8), (N'3C', 9), (N'4A', 10), (N'4B', 11), (N'4C', 12), (N'5A', 13), (N'5B', 14), (N'5C', 15), (N'6A', 16), (N'6B', 17), (N'6C', 18), (N'7A', 19), (N'8B', 20), (N'8C', 21), (N'8D', 22), (N'8E', 23), (N'8F', 24), (N'9A', 25), (N'10A', 26), (N'11A', 27), (N'12A', 28), (N'13A', 29), (N'14A', 30), (N'15A', 31), (N'16A', 32), (N'17A', 33), (N'18A', 34), (N'18B', 35), (N'18C', 36), (N'19A', 37), (N'19B', 38), (N'19C', 39), (N'20', 40), (N'21', 41), (N'22A', 42), (N'23A', 43), (N'24A', 44)) AS dfe (code, pos)
          ON dfe.code = UPPER(LTRIM(RTRIM(f.FACTOR_VALUE)))
        JOIN [DM_WORKFLOW_STEPS] s ON s.WORKFLOW_STEP_ID = f.ASSESSMENT_ID
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(LTRIM(RTRIM(CAST(ss.SUBJECT_TYPE_CODE AS NVARCHAR(4000))))) = N'PER'
        WHERE f.FACTOR_VALUE IS NOT NULL
    ),
    flags AS (
        SELECT fl.step_id, fl.person_id,
               CONCAT(
                   CASE WHEN MAX(CASE WHEN fl.pos = 1 THEN 1 ELSE 0 END) = 1 THEN ',"1A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 2 THEN 1 ELSE 0 END) = 1 THEN ',"1B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 3 THEN 1 ELSE 0 END) = 1 THEN ',"1C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 4 THEN 1 ELSE 0 END) = 1 THEN ',"2A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 5 THEN 1 ELSE 0 END) = 1 THEN ',"2B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 6 THEN 1 ELSE 0 END) = 1 THEN ',"2C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 7 THEN 1 ELSE 0 END) = 1 THEN ',"3A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 8 THEN 1 ELSE 0 END) = 1 THEN ',"3B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 9 THEN 1 ELSE 0 END) = 1 THEN ',"3C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 10 THEN 1 ELSE 0 END) = 1 THEN ',"4A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 11 THEN 1 ELSE 0 END) = 1 THEN ',"4B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 12 THEN 1 ELSE 0 END) = 1 THEN ',"4C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 13 THEN 1 ELSE 0 END) = 1 THEN ',"5A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 14 THEN 1 ELSE 0 END) = 1 THEN ',"5B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 15 THEN 1 ELSE 0 END) = 1 THEN ',"5C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 16 THEN 1 ELSE 0 END) = 1 THEN ',"6A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 17 THEN 1 ELSE 0 END) = 1 THEN ',"6B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 18 THEN 1 ELSE 0 END) = 1 THEN ',"6C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 19 THEN 1 ELSE 0 END) = 1 THEN ',"7A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 20 THEN 1 ELSE 0 END) = 1 THEN ',"8B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 21 THEN 1 ELSE 0 END) = 1 THEN ',"8C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 22 THEN 1 ELSE 0 END) = 1 THEN ',"8D"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 23 THEN 1 ELSE 0 END) = 1 THEN ',"8E"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 24 THEN 1 ELSE 0 END) = 1 THEN ',"8F"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 25 THEN 1 ELSE 0 END) = 1 THEN ',"9A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 26 THEN 1 ELSE 0 END) = 1 THEN ',"10A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 27 THEN 1 ELSE 0 END) = 1 THEN ',"11A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 28 THEN 1 ELSE 0 END) = 1 THEN ',"12A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 29 THEN 1 ELSE 0 END) = 1 THEN ',"13A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 30 THEN 1 ELSE 0 END) = 1 THEN ',"14A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 31 THEN 1 ELSE 0 END) = 1 THEN ',"15A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 32 THEN 1 ELSE 0 END) = 1 THEN ',"16A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 33 THEN 1 ELSE 0 END) = 1 THEN ',"17A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 34 THEN 1 ELSE 0 END) = 1 THEN ',"18A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 35 THEN 1 ELSE 0 END) = 1 THEN ',"18B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 36 THEN 1 ELSE 0 END) = 1 THEN ',"18C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 37 THEN 1 ELSE 0 END) = 1 THEN ',"19A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 38 THEN 1 ELSE 0 END) = 1 THEN ',"19B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 39 THEN 1 ELSE 0 END) = 1 THEN ',"19C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 40 THEN 1 ELSE 0 END) = 1 THEN ',"20"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 41 THEN 1 ELSE 0 END) = 1 THEN ',"21"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 42 THEN 1 ELSE 0 END) = 1 THEN ',"22A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 43 THEN 1 ELSE 0 END) = 1 THEN ',"23A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 44 THEN 1 ELSE 0 END) = 1 THEN ',"24A"' ELSE '' END
               ) AS list
        FROM factors fl
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
