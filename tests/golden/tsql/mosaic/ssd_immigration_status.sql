
RAISERROR(N'refilling ssd_immigration_status', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_immigration_status') IS NOT NULL DROP TABLE [#ssd_load_ssd_immigration_status];
    CREATE TABLE [#ssd_load_ssd_immigration_status] ([immi_immigration_status_id] NVARCHAR(MAX), [immi_person_id] NVARCHAR(MAX), [immi_immigration_status_start_date] DATETIME, [immi_immigration_status_end_date] DATETIME, [immi_immigration_status] NVARCHAR(MAX));
    WITH questions AS (
        SELECT q.code, CASE WHEN UPPER(LTRIM(RTRIM(CAST(q.code AS NVARCHAR(4000))))) IN (N'ACFLDALLABOUTMELEAVINGIMMIGRATIONSTATUSLIST', N'CSN_INA_ADDSUPPFACT_IMMIG_STATUS', N'CSN_COUNS_IMMIGRATION', N'UASCIMMIGSTAT', N'62CD0406-2F07-0FF5-512C-A7FA0DBAD602') THEN 1 ELSE 0 END AS is_status, CASE WHEN 1 = 0 THEN 1 ELSE 0 END AS is_start, CASE WHEN 1 = 0 THEN 1 ELSE 0 END AS is_end
        FROM (SELECT DISTINCT fq.QUESTION_USER_CODE AS code FROM [dm_cached_form_answers] fq) q
        WHERE UPPER(LTRIM(RTRIM(CAST(q.code AS NVARCHAR(4000))))) IN (N'ACFLDALLABOUTMELEAVINGIMMIGRATIONSTATUSLIST', N'CSN_INA_ADDSUPPFACT_IMMIG_STATUS', N'CSN_COUNS_IMMIGRATION', N'UASCIMMIGSTAT', N'62CD0406-2F07-0FF5-512C-A7FA0DBAD602') OR 1 = 0 OR 1 = 0
    ),
    answers AS (
        -- the answer's own subject when set, else every person subject of the form's subgroup
        SELECT fa.FORM_ID AS form_id, fa.FORM_ANSWER_ROW_ID AS row_id, fa.TEXT_ANSWER AS status,
               COALESCE(CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID END, ss.SUBJECT_COMPOUND_ID) AS person_id,
               f.CREATED_ON AS created_on
        FROM [dm_cached_form_answers] fa
        JOIN questions qs ON qs.code = fa.QUESTION_USER_CODE AND qs.is_status = 1
        JOIN [mo_forms] f ON f.FORM_ID = fa.FORM_ID
        LEFT JOIN [dm_subgroup_subjects] ss
               ON ss.SUBGROUP_ID = fa.SUBGROUP_ID AND UPPER(LTRIM(RTRIM(CAST(ss.SUBJECT_TYPE_CODE AS NVARCHAR(4000))))) = N'PER' AND COALESCE(fa.SUBJECT_PERSON_ID, 0) <= 0
        WHERE fa.TEXT_ANSWER IS NOT NULL
    ),
    dates AS (
        SELECT da.FORM_ID AS form_id, da.FORM_ANSWER_ROW_ID AS row_id,
               MAX(CASE WHEN qd.is_start = 1 THEN da.DATE_ANSWER END) AS start_date,
               MAX(CASE WHEN qd.is_end = 1 THEN da.DATE_ANSWER END) AS end_date
        FROM [dm_cached_form_answers] da
        JOIN questions qd ON qd.code = da.QUESTION_USER_CODE AND (qd.is_start = 1 OR qd.is_end = 1)
        WHERE da.DATE_ANSWER IS NOT NULL
        GROUP BY da.FORM_ID, da.FORM_ANSWER_ROW_ID
    ),
    latest AS (
        -- dates joined before ranking, so the ranked rows are only filtered afterwards
        SELECT a.form_id, a.status, a.person_id, a.created_on, d.start_date, d.end_date,
               ROW_NUMBER() OVER (PARTITION BY a.person_id ORDER BY a.created_on DESC, a.form_id DESC, a.row_id DESC) AS rn
        FROM answers a
        LEFT JOIN dates d ON d.form_id = a.form_id AND d.row_id = a.row_id
        WHERE a.person_id IS NOT NULL
    )
    INSERT INTO [#ssd_load_ssd_immigration_status] ([immi_immigration_status_id], [immi_person_id], [immi_immigration_status_start_date], [immi_immigration_status_end_date], [immi_immigration_status])
    SELECT
        CONCAT(CAST(l.form_id AS NVARCHAR(20)), '-', CAST(l.person_id AS NVARCHAR(20))),
        CAST(l.person_id AS NVARCHAR(48)),
        CAST(COALESCE(l.start_date, l.created_on) AS DATE),  -- the form date when no start question is configured or answered
        CAST(l.end_date AS DATE),
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(l.status AS NVARCHAR(4000))))) IN (N'UASC', N'UNACCOMPANIED ASYLUM SEEKING CHILD') THEN 'U' ELSE LEFT(l.status, 100) END
    FROM latest l
    WHERE l.rn = 1
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(l.person_id AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_immigration_status];
    INSERT INTO [ssd].[ssd_immigration_status] ([immi_immigration_status_id], [immi_person_id], [immi_immigration_status_start_date], [immi_immigration_status_end_date], [immi_immigration_status])
    SELECT CASE WHEN LEN([immi_immigration_status_id]) > 48 THEN CONCAT(LEFT([immi_immigration_status_id], 47), N'…') ELSE [immi_immigration_status_id] END, CASE WHEN LEN([immi_person_id]) > 48 THEN CONCAT(LEFT([immi_person_id], 47), N'…') ELSE [immi_person_id] END, [immi_immigration_status_start_date], [immi_immigration_status_end_date], CASE WHEN LEN([immi_immigration_status]) > 100 THEN CONCAT(LEFT([immi_immigration_status], 99), N'…') ELSE [immi_immigration_status] END FROM [#ssd_load_ssd_immigration_status];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_immigration_status', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' immi_immigration_status_id=', SUM(CASE WHEN LEN([immi_immigration_status_id]) > 48 THEN 1 ELSE 0 END)), N' immi_immigration_status_id=0'), NULLIF(CONCAT(N' immi_person_id=', SUM(CASE WHEN LEN([immi_person_id]) > 48 THEN 1 ELSE 0 END)), N' immi_person_id=0'), NULLIF(CONCAT(N' immi_immigration_status=', SUM(CASE WHEN LEN([immi_immigration_status]) > 100 THEN 1 ELSE 0 END)), N' immi_immigration_status=0')) FROM [#ssd_load_ssd_immigration_status];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_immigration_status', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_immigration_status];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;

GO
