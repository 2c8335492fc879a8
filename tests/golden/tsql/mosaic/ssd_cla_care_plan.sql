
RAISERROR(N'refilling ssd_cla_care_plan', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_care_plan') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_care_plan];
    CREATE TABLE [#ssd_load_ssd_cla_care_plan] ([lacp_table_id] NVARCHAR(MAX), [lacp_person_id] NVARCHAR(MAX), [lacp_cla_care_plan_start_date] DATETIME, [lacp_cla_care_plan_end_date] DATETIME, [lacp_cla_care_plan_json] NVARCHAR(MAX));
    WITH questions AS (
        SELECT q.code, CASE WHEN UPPER(LTRIM(RTRIM(CAST(q.code AS NVARCHAR(4000))))) IN (N'LAC.PERM.PLAN', N'PWPC.PERMANENCEPLAN') THEN 1 ELSE 0 END AS is_plan
        FROM (SELECT DISTINCT fq.QUESTION_USER_CODE AS code FROM [dm_cached_form_answers] fq) q
        WHERE UPPER(LTRIM(RTRIM(CAST(q.code AS NVARCHAR(4000))))) IN (N'LAC.PERM.PLAN', N'PWPC.PERMANENCEPLAN')
    ),
    plan_answers AS (
        -- the highest category per step and subject; subject <= 0 answers for the whole step
        SELECT fa.WORKFLOW_STEP_ID AS step_id,
               CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(fa.TEXT_ANSWER AS NVARCHAR(4000))))) = N'ADOPTION' THEN N'B) Adoption' WHEN UPPER(LTRIM(RTRIM(CAST(fa.TEXT_ANSWER AS NVARCHAR(4000))))) = N'INDEPENDENT LIVING/SUPPORTED LIVING IN THE COMMUNITY (PATHWAYS OR OTHER)' THEN N'D) Supported Living in the Community' WHEN UPPER(LTRIM(RTRIM(CAST(fa.TEXT_ANSWER AS NVARCHAR(4000))))) = N'LONG TERM FOSTERING' THEN N'F) Long-Term Fostering' WHEN UPPER(LTRIM(RTRIM(CAST(fa.TEXT_ANSWER AS NVARCHAR(4000))))) = N'LONG TERM PLACEMENT FRIENDS / FAMILY' THEN N'C) SGO/CAO' WHEN UPPER(LTRIM(RTRIM(CAST(fa.TEXT_ANSWER AS NVARCHAR(4000))))) = N'OTHER (PLEASE SPECIFY)' THEN N'G) Other' WHEN UPPER(LTRIM(RTRIM(CAST(fa.TEXT_ANSWER AS NVARCHAR(4000))))) = N'RESIDENTIAL' THEN N'E) Long-Term Residential Placement' WHEN UPPER(LTRIM(RTRIM(CAST(fa.TEXT_ANSWER AS NVARCHAR(4000))))) = N'RETURN TO BIRTH FAMILY' THEN N'A) Return to Family' END) AS category
        FROM [dm_cached_form_answers] fa
        JOIN questions qc ON qc.code = fa.QUESTION_USER_CODE
        WHERE fa.WORKFLOW_STEP_ID IS NOT NULL
        GROUP BY fa.WORKFLOW_STEP_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
    ),
    plans AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               COALESCE(s.STARTED_ON, s.INCOMING_ON) AS start_date, s.COMPLETED_ON AS end_date,
               COALESCE(pa.category, pa_all.category) AS category
        FROM [DM_WORKFLOW_STEPS] s
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(LTRIM(RTRIM(CAST(ss.SUBJECT_TYPE_CODE AS NVARCHAR(4000))))) = N'PER'
        LEFT JOIN plan_answers pa ON pa.step_id = s.WORKFLOW_STEP_ID AND pa.subject = ss.SUBJECT_COMPOUND_ID
    LEFT JOIN plan_answers pa_all ON pa_all.step_id = s.WORKFLOW_STEP_ID AND pa_all.subject = 0
        WHERE s.WORKFLOW_STEP_TYPE_ID IN (1242, 1237, 1234, 496, 500, 1262, 1263, 1264, 1295, 1297, 1232)
          AND UPPER(LTRIM(RTRIM(CAST(s.STEP_STATUS AS NVARCHAR(4000))))) = N'COMPLETED'
          AND s.COMPLETED_ON >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
          AND COALESCE(s.STARTED_ON, s.INCOMING_ON) <= CAST(GETDATE() AS DATE)
    )
    INSERT INTO [#ssd_load_ssd_cla_care_plan] ([lacp_table_id], [lacp_person_id], [lacp_cla_care_plan_start_date], [lacp_cla_care_plan_end_date], [lacp_cla_care_plan_json])
    SELECT
        CONCAT(CAST(p.step_id AS NVARCHAR(20)), '-', CAST(p.person_id AS NVARCHAR(20))),
        CAST(p.person_id AS NVARCHAR(48)),
        p.start_date,
        p.end_date,CONCAT(N'{"PERMANENCE_PLAN":', CASE WHEN LEN(CASE WHEN LEFT(COALESCE(p.category, ''), 198) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(p.category, ''), 198) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 200 THEN CASE WHEN LEFT(COALESCE(p.category, ''), 198) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(p.category, ''), 198) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(COALESCE(p.category, ''), 33) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(p.category, ''), 33) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END, N'}')
    FROM plans p
    WHERE p.category IS NOT NULL
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(p.person_id AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_care_plan];
    INSERT INTO [ssd].[ssd_cla_care_plan] ([lacp_table_id], [lacp_person_id], [lacp_cla_care_plan_start_date], [lacp_cla_care_plan_end_date], [lacp_cla_care_plan_json])
    SELECT CASE WHEN LEN([lacp_table_id]) > 48 THEN CONCAT(LEFT([lacp_table_id], 47), N'…') ELSE [lacp_table_id] END, CASE WHEN LEN([lacp_person_id]) > 48 THEN CONCAT(LEFT([lacp_person_id], 47), N'…') ELSE [lacp_person_id] END, [lacp_cla_care_plan_start_date], [lacp_cla_care_plan_end_date], CASE WHEN LEN([lacp_cla_care_plan_json]) > 1000 THEN CONCAT(LEFT([lacp_cla_care_plan_json], 999), N'…') ELSE [lacp_cla_care_plan_json] END FROM [#ssd_load_ssd_cla_care_plan];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_care_plan', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' lacp_table_id=', SUM(CASE WHEN LEN([lacp_table_id]) > 48 THEN 1 ELSE 0 END)), N' lacp_table_id=0'), NULLIF(CONCAT(N' lacp_person_id=', SUM(CASE WHEN LEN([lacp_person_id]) > 48 THEN 1 ELSE 0 END)), N' lacp_person_id=0'), NULLIF(CONCAT(N' lacp_cla_care_plan_json=', SUM(CASE WHEN LEN([lacp_cla_care_plan_json]) > 1000 THEN 1 ELSE 0 END)), N' lacp_cla_care_plan_json=0')) FROM [#ssd_load_ssd_cla_care_plan];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_care_plan', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_care_plan];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
