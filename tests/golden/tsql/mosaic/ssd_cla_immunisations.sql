
RAISERROR(N'refilling ssd_cla_immunisations', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_immunisations') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_immunisations];
    CREATE TABLE [#ssd_load_ssd_cla_immunisations] ([clai_person_id] NVARCHAR(MAX), [clai_immunisations_status] NVARCHAR(MAX), [clai_immunisations_status_date] DATETIME);
    WITH answers_codes AS (
        SELECT q.code, CASE WHEN UPPER(LTRIM(RTRIM(CAST(q.code AS NVARCHAR(4000))))) IN (N'LAC.IHR09.IMMSUPTODATE', N'LAC.IHR10.IMMSUPTODATE', N'LACFLDPARTCHEALTHRECOMMIMMUNISATIONS') THEN 1 ELSE 0 END AS immunised
        FROM (SELECT DISTINCT fq.QUESTION_USER_CODE AS code FROM [dm_cached_form_answers] fq) q
        WHERE UPPER(LTRIM(RTRIM(CAST(q.code AS NVARCHAR(4000))))) IN (N'LAC.IHR09.IMMSUPTODATE', N'LAC.IHR10.IMMSUPTODATE', N'LACFLDPARTCHEALTHRECOMMIMMUNISATIONS')
    ),
    answers AS (
        SELECT fa.WORKFLOW_STEP_ID AS step_id,
               CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
    MAX(CASE WHEN qc.immunised = 1 THEN fa.TEXT_ANSWER END) AS immunised
        FROM [dm_cached_form_answers] fa
        JOIN answers_codes qc ON qc.code = fa.QUESTION_USER_CODE
        WHERE fa.WORKFLOW_STEP_ID IS NOT NULL
        GROUP BY fa.WORKFLOW_STEP_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
    ),
    answered AS (
        SELECT ss.SUBJECT_COMPOUND_ID AS person_id, s.STARTED_ON AS started_on,
               UPPER(LTRIM(RTRIM(COALESCE(a.immunised, a_all.immunised)))) AS answer,
               ROW_NUMBER() OVER (PARTITION BY ss.SUBJECT_COMPOUND_ID ORDER BY s.STARTED_ON DESC, s.WORKFLOW_STEP_ID DESC) AS pick
        FROM [DM_WORKFLOW_STEPS] s
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(LTRIM(RTRIM(CAST(ss.SUBJECT_TYPE_CODE AS NVARCHAR(4000))))) = N'PER'
        LEFT JOIN answers a ON a.step_id = s.WORKFLOW_STEP_ID AND a.subject = ss.SUBJECT_COMPOUND_ID
    LEFT JOIN answers a_all ON a_all.step_id = s.WORKFLOW_STEP_ID AND a_all.subject = 0
        WHERE s.WORKFLOW_STEP_TYPE_ID IN (406, 1239)
          AND UPPER(LTRIM(RTRIM(CAST(s.STEP_STATUS AS NVARCHAR(4000))))) IN (N'STARTED', N'REOPENED', N'COMPLETED')
          AND COALESCE(a.immunised, a_all.immunised) IS NOT NULL
    )
    INSERT INTO [#ssd_load_ssd_cla_immunisations] ([clai_person_id], [clai_immunisations_status], [clai_immunisations_status_date])
    SELECT
        CAST(an.person_id AS VARCHAR(48)),
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(an.answer AS NVARCHAR(4000))))) IN (N'YES') THEN 'Y' ELSE 'N' END,
        an.started_on
    FROM answered an
    WHERE an.pick = 1
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(an.person_id AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_immunisations];
    INSERT INTO [ssd].[ssd_cla_immunisations] ([clai_person_id], [clai_immunisations_status], [clai_immunisations_status_date])
    SELECT CASE WHEN LEN([clai_person_id]) > 48 THEN CONCAT(LEFT([clai_person_id], 47), N'…') ELSE [clai_person_id] END, CASE WHEN LEN([clai_immunisations_status]) > 1 THEN CONCAT(LEFT([clai_immunisations_status], 0), N'…') ELSE [clai_immunisations_status] END, [clai_immunisations_status_date] FROM [#ssd_load_ssd_cla_immunisations];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_immunisations', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clai_person_id=', SUM(CASE WHEN LEN([clai_person_id]) > 48 THEN 1 ELSE 0 END)), N' clai_person_id=0'), NULLIF(CONCAT(N' clai_immunisations_status=', SUM(CASE WHEN LEN([clai_immunisations_status]) > 1 THEN 1 ELSE 0 END)), N' clai_immunisations_status=0')) FROM [#ssd_load_ssd_cla_immunisations];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_immunisations', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_immunisations];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
