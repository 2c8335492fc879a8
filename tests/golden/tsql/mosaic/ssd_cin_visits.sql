
RAISERROR(N'refilling ssd_cin_visits', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cin_visits') IS NOT NULL DROP TABLE [#ssd_load_ssd_cin_visits];
    CREATE TABLE [#ssd_load_ssd_cin_visits] ([cinv_cin_visit_id] NVARCHAR(MAX), [cinv_person_id] NVARCHAR(MAX), [cinv_cin_visit_date] DATETIME, [cinv_cin_visit_seen] NVARCHAR(MAX), [cinv_cin_visit_seen_alone] NVARCHAR(MAX), [cinv_cin_visit_bedroom] NVARCHAR(MAX));
    WITH visits_rows AS (
        SELECT v.VISIT_ID AS visit_id, v.PERSON_ID AS person_id, v.ACTUAL_DATE AS visit_date, v.SEEN_ALONE_FLAG AS seen_alone_flag,
               CASE WHEN UPPER(LTRIM(RTRIM(CAST(vt.VISIT_SOURCE AS NVARCHAR(4000))))) = N'MOS STEP' THEN 1 ELSE 0 END AS is_step
        FROM [dm_visits] v
        JOIN [dm_visit_types] vt ON vt.VISIT_TYPE = v.VISIT_TYPE
        -- the type tested on the small lookup (equal to the visit's by the join): one test per type, not per visit
        WHERE UPPER(LTRIM(RTRIM(CAST(vt.VISIT_TYPE AS NVARCHAR(4000))))) IN (N'STP.1189', N'VIS.CIN')
          AND v.ACTUAL_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)) AND v.ACTUAL_DATE <= CAST(GETDATE() AS DATE)
    ),
    visits_answers_codes AS (
        SELECT q.code, CASE WHEN UPPER(LTRIM(RTRIM(CAST(q.code AS NVARCHAR(4000))))) IN (N'CHILD_SEEN') THEN 1 ELSE 0 END AS seen, CASE WHEN UPPER(LTRIM(RTRIM(CAST(q.code AS NVARCHAR(4000))))) IN (N'SEEN_BEDROOM') THEN 1 ELSE 0 END AS bedroom
        FROM (SELECT DISTINCT fq.QUESTION_USER_CODE AS code FROM [dm_cached_form_answers] fq) q
        WHERE UPPER(LTRIM(RTRIM(CAST(q.code AS NVARCHAR(4000))))) IN (N'CHILD_SEEN') OR UPPER(LTRIM(RTRIM(CAST(q.code AS NVARCHAR(4000))))) IN (N'SEEN_BEDROOM')
    ),
    visits_answers AS (
        SELECT fa.WORKFLOW_STEP_ID AS step_id,
               CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
    MAX(CASE WHEN qc.seen = 1 THEN fa.TEXT_ANSWER END) AS seen, MAX(CASE WHEN qc.bedroom = 1 THEN fa.TEXT_ANSWER END) AS bedroom
        FROM [dm_cached_form_answers] fa
        JOIN visits_answers_codes qc ON qc.code = fa.QUESTION_USER_CODE
        WHERE fa.WORKFLOW_STEP_ID IS NOT NULL
          AND fa.WORKFLOW_STEP_ID IN (SELECT vr.visit_id FROM visits_rows vr WHERE vr.is_step = 1)
        GROUP BY fa.WORKFLOW_STEP_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
    ),
    visits AS (
        SELECT v.visit_id, v.person_id, v.visit_date,
               CASE UPPER(LEFT(LTRIM(v.seen_alone_flag), 1)) WHEN 'Y' THEN 'Y' WHEN 'N' THEN 'N' END AS seen_alone,
               CASE WHEN v.is_step = 1 THEN CASE UPPER(LEFT(LTRIM(COALESCE(va.seen, va_all.seen)), 1)) WHEN 'Y' THEN 'Y' WHEN 'N' THEN 'N' END END AS seen_answer,
               CASE WHEN v.is_step = 1 THEN CASE UPPER(LEFT(LTRIM(COALESCE(va.bedroom, va_all.bedroom)), 1)) WHEN 'Y' THEN 'Y' WHEN 'N' THEN 'N' END END AS bedroom
        FROM visits_rows v
        LEFT JOIN visits_answers va ON va.step_id = v.visit_id AND va.subject = v.person_id
    LEFT JOIN visits_answers va_all ON va_all.step_id = v.visit_id AND va_all.subject = 0
    )
    INSERT INTO [#ssd_load_ssd_cin_visits] ([cinv_cin_visit_id], [cinv_person_id], [cinv_cin_visit_date], [cinv_cin_visit_seen], [cinv_cin_visit_seen_alone], [cinv_cin_visit_bedroom])
    SELECT
        CAST(v.visit_id AS VARCHAR(48)),
        CAST(v.person_id AS VARCHAR(48)),
        v.visit_date,
        COALESCE(v.seen_answer, CASE WHEN UPPER(LTRIM(RTRIM(CAST(v.seen_alone AS NVARCHAR(4000))))) = N'Y' THEN 'Y' END),
        v.seen_alone,
        v.bedroom
    FROM visits v
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(v.person_id AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cin_visits];
    INSERT INTO [ssd].[ssd_cin_visits] ([cinv_cin_visit_id], [cinv_person_id], [cinv_cin_visit_date], [cinv_cin_visit_seen], [cinv_cin_visit_seen_alone], [cinv_cin_visit_bedroom])
    SELECT CASE WHEN LEN([cinv_cin_visit_id]) > 48 THEN CONCAT(LEFT([cinv_cin_visit_id], 47), N'…') ELSE [cinv_cin_visit_id] END, CASE WHEN LEN([cinv_person_id]) > 48 THEN CONCAT(LEFT([cinv_person_id], 47), N'…') ELSE [cinv_person_id] END, [cinv_cin_visit_date], CASE WHEN LEN([cinv_cin_visit_seen]) > 1 THEN CONCAT(LEFT([cinv_cin_visit_seen], 0), N'…') ELSE [cinv_cin_visit_seen] END, CASE WHEN LEN([cinv_cin_visit_seen_alone]) > 1 THEN CONCAT(LEFT([cinv_cin_visit_seen_alone], 0), N'…') ELSE [cinv_cin_visit_seen_alone] END, CASE WHEN LEN([cinv_cin_visit_bedroom]) > 1 THEN CONCAT(LEFT([cinv_cin_visit_bedroom], 0), N'…') ELSE [cinv_cin_visit_bedroom] END FROM [#ssd_load_ssd_cin_visits];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cin_visits', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cinv_cin_visit_id=', SUM(CASE WHEN LEN([cinv_cin_visit_id]) > 48 THEN 1 ELSE 0 END)), N' cinv_cin_visit_id=0'), NULLIF(CONCAT(N' cinv_person_id=', SUM(CASE WHEN LEN([cinv_person_id]) > 48 THEN 1 ELSE 0 END)), N' cinv_person_id=0'), NULLIF(CONCAT(N' cinv_cin_visit_seen=', SUM(CASE WHEN LEN([cinv_cin_visit_seen]) > 1 THEN 1 ELSE 0 END)), N' cinv_cin_visit_seen=0'), NULLIF(CONCAT(N' cinv_cin_visit_seen_alone=', SUM(CASE WHEN LEN([cinv_cin_visit_seen_alone]) > 1 THEN 1 ELSE 0 END)), N' cinv_cin_visit_seen_alone=0'), NULLIF(CONCAT(N' cinv_cin_visit_bedroom=', SUM(CASE WHEN LEN([cinv_cin_visit_bedroom]) > 1 THEN 1 ELSE 0 END)), N' cinv_cin_visit_bedroom=0')) FROM [#ssd_load_ssd_cin_visits];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cin_visits', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cin_visits];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
