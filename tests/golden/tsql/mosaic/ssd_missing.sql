RAISERROR(N'refilling ssd_missing', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_missing') IS NOT NULL DROP TABLE [#ssd_load_ssd_missing];
    CREATE TABLE [#ssd_load_ssd_missing] ([miss_table_id] NVARCHAR(MAX), [miss_person_id] NVARCHAR(MAX), [miss_missing_episode_start_date] DATETIME, [miss_missing_episode_type] NVARCHAR(MAX), [miss_missing_episode_end_date] DATETIME, [miss_missing_rhi_offered] NVARCHAR(MAX), [miss_missing_rhi_accepted] NVARCHAR(MAX));
    WITH episodes AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               COALESCE(s.STARTED_ON, s.INCOMING_ON) AS start_date, s.COMPLETED_ON AS end_date
        FROM [DM_WORKFLOW_STEPS] s
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(LTRIM(RTRIM(CAST(ss.SUBJECT_TYPE_CODE AS NVARCHAR(4000))))) = N'PER'
        WHERE UPPER(LTRIM(RTRIM(CAST(s.IS_MISSING_OR_ABSENT AS NVARCHAR(4000))))) = N'Y'
          AND UPPER(LTRIM(RTRIM(CAST(s.STEP_STATUS AS NVARCHAR(4000))))) IN (N'INCOMING', N'STARTED', N'REOPENED', N'COMPLETED')
          AND COALESCE(s.STARTED_ON, s.INCOMING_ON) <= CAST(GETDATE() AS DATE) AND (s.COMPLETED_ON IS NULL OR s.COMPLETED_ON >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),
    answers AS (
        -- one answer per step, subject and filter; subject <= 0 answers for the whole step
        SELECT fa.WORKFLOW_STEP_ID AS step_id,
               CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.FILTER_NAME AS NVARCHAR(4000))))) = N'CHILD ABSENT OR MISSING (DOCUMENT)' THEN UPPER(LTRIM(RTRIM(fa.TEXT_ANSWER))) END) AS kind,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.FILTER_NAME AS NVARCHAR(4000))))) = N'CHILD OFFERED RETURN INTERVIEW' THEN mo.CATEGORY_VALUE END) AS offered,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.FILTER_NAME AS NVARCHAR(4000))))) = N'CHILD ACCEPTED RETURN INTERVIEW' THEN ma.CATEGORY_VALUE END) AS accepted
        FROM [dm_filter_form_answers] fa
        LEFT JOIN [dm_mapping_groups] mo
               ON UPPER(LTRIM(RTRIM(CAST(mo.GROUP_NAME AS NVARCHAR(4000))))) = N'CHILD OFFERED RETURN INTERVIEW TYPES' AND mo.MAPPED_VALUE = fa.TEXT_ANSWER
        LEFT JOIN [dm_mapping_groups] ma
               ON UPPER(LTRIM(RTRIM(CAST(ma.GROUP_NAME AS NVARCHAR(4000))))) = N'CHILD ACCEPTED RETURN INTERVIEW TYPES' AND ma.MAPPED_VALUE = fa.TEXT_ANSWER
        WHERE UPPER(LTRIM(RTRIM(CAST(fa.FILTER_NAME AS NVARCHAR(4000))))) IN (N'CHILD ABSENT OR MISSING (DOCUMENT)', N'CHILD OFFERED RETURN INTERVIEW', N'CHILD ACCEPTED RETURN INTERVIEW')
        GROUP BY fa.WORKFLOW_STEP_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
    )
    INSERT INTO [#ssd_load_ssd_missing] ([miss_table_id], [miss_person_id], [miss_missing_episode_start_date], [miss_missing_episode_type], [miss_missing_episode_end_date], [miss_missing_rhi_offered], [miss_missing_rhi_accepted])
    SELECT
        CONCAT(CAST(e.step_id AS NVARCHAR(20)), '-', CAST(e.person_id AS NVARCHAR(20))),
        CAST(e.person_id AS VARCHAR(48)),
        e.start_date,
        CASE COALESCE(a.kind, a_all.kind) WHEN 'MISSING' THEN 'M' WHEN 'ABSENT' THEN 'A' END,
        e.end_date,
        CASE UPPER(LEFT(LTRIM(COALESCE(a.offered, a_all.offered)), 1)) WHEN 'Y' THEN 'Y' WHEN 'N' THEN 'N' END,
        CASE UPPER(LEFT(LTRIM(COALESCE(a.accepted, a_all.accepted)), 1)) WHEN 'Y' THEN 'Y' WHEN 'N' THEN 'N' END
    FROM episodes e
    LEFT JOIN answers a ON a.step_id = e.step_id AND a.subject = e.person_id
    LEFT JOIN answers a_all ON a_all.step_id = e.step_id AND a_all.subject = 0
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(e.person_id AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_missing];
    INSERT INTO [ssd].[ssd_missing] ([miss_table_id], [miss_person_id], [miss_missing_episode_start_date], [miss_missing_episode_type], [miss_missing_episode_end_date], [miss_missing_rhi_offered], [miss_missing_rhi_accepted])
    SELECT CASE WHEN LEN([miss_table_id]) > 48 THEN CONCAT(LEFT([miss_table_id], 47), N'…') ELSE [miss_table_id] END, CASE WHEN LEN([miss_person_id]) > 48 THEN CONCAT(LEFT([miss_person_id], 47), N'…') ELSE [miss_person_id] END, [miss_missing_episode_start_date], CASE WHEN LEN([miss_missing_episode_type]) > 100 THEN CONCAT(LEFT([miss_missing_episode_type], 99), N'…') ELSE [miss_missing_episode_type] END, [miss_missing_episode_end_date], CASE WHEN LEN([miss_missing_rhi_offered]) > 2 THEN CONCAT(LEFT([miss_missing_rhi_offered], 1), N'…') ELSE [miss_missing_rhi_offered] END, CASE WHEN LEN([miss_missing_rhi_accepted]) > 2 THEN CONCAT(LEFT([miss_missing_rhi_accepted], 1), N'…') ELSE [miss_missing_rhi_accepted] END FROM [#ssd_load_ssd_missing];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_missing', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' miss_table_id=', SUM(CASE WHEN LEN([miss_table_id]) > 48 THEN 1 ELSE 0 END)), N' miss_table_id=0'), NULLIF(CONCAT(N' miss_person_id=', SUM(CASE WHEN LEN([miss_person_id]) > 48 THEN 1 ELSE 0 END)), N' miss_person_id=0'), NULLIF(CONCAT(N' miss_missing_episode_type=', SUM(CASE WHEN LEN([miss_missing_episode_type]) > 100 THEN 1 ELSE 0 END)), N' miss_missing_episode_type=0'), NULLIF(CONCAT(N' miss_missing_rhi_offered=', SUM(CASE WHEN LEN([miss_missing_rhi_offered]) > 2 THEN 1 ELSE 0 END)), N' miss_missing_rhi_offered=0'), NULLIF(CONCAT(N' miss_missing_rhi_accepted=', SUM(CASE WHEN LEN([miss_missing_rhi_accepted]) > 2 THEN 1 ELSE 0 END)), N' miss_missing_rhi_accepted=0')) FROM [#ssd_load_ssd_missing];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_missing', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_missing];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
