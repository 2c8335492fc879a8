
RAISERROR(N'refilling ssd_cp_reviews', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cp_reviews') IS NOT NULL DROP TABLE [#ssd_load_ssd_cp_reviews];
    CREATE TABLE [#ssd_load_ssd_cp_reviews] ([cppr_cp_review_id] NVARCHAR(MAX), [cppr_person_id] NVARCHAR(MAX), [cppr_cp_plan_id] NVARCHAR(MAX), [cppr_cp_review_due] DATETIME, [cppr_cp_review_date] DATETIME, [cppr_cp_review_meeting_id] NVARCHAR(MAX), [cppr_cp_review_outcome_continue_cp] NVARCHAR(MAX), [cppr_cp_review_quorate] NVARCHAR(MAX), [cppr_cp_review_participation] NVARCHAR(MAX));
    WITH conferences AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               CAST(s.CP_CONFERENCE_ACTUAL_DATE AS DATE) AS held_on, s.CP_CONFERENCE_CATEGORY AS category
        FROM [DM_WORKFLOW_STEPS] s
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(LTRIM(RTRIM(CAST(ss.SUBJECT_TYPE_CODE AS NVARCHAR(4000))))) = N'PER'
        WHERE UPPER(LTRIM(RTRIM(CAST(s.STEP_STATUS AS NVARCHAR(4000))))) = N'COMPLETED' AND s.CP_CONFERENCE_ACTUAL_DATE IS NOT NULL
          AND UPPER(LTRIM(RTRIM(CAST(s.CP_CONFERENCE_CATEGORY AS NVARCHAR(4000))))) IN (N'INITIAL', N'REVIEW')
    ),
    plans AS (
        SELECT chosen.step_id, chosen.person_id, chosen.plan_id, chosen.plan_end
        FROM (
            SELECT ev.step_id, ev.person_id, rg.REGISTRATION_ID AS plan_id, CAST(rg.DEREGISTRATION_DATE AS DATE) AS plan_end,
                ROW_NUMBER() OVER (PARTITION BY ev.step_id, ev.person_id ORDER BY rg.REGISTRATION_ID DESC) AS pick
            FROM conferences ev
            JOIN [dm_REGISTRATIONS] rg
                ON rg.PERSON_ID = ev.person_id AND UPPER(LTRIM(RTRIM(CAST(rg.IS_CHILD_PROTECTION_PLAN AS NVARCHAR(4000))))) = N'Y' AND NOT UPPER(LTRIM(RTRIM(CAST(COALESCE(rg.IS_TEMPORARY_CHILD_PROTECTION, 'N') AS NVARCHAR(4000))))) = N'Y' AND rg.REGISTRATION_START_DATE <= ev.held_on AND (rg.DEREGISTRATION_DATE IS NULL OR rg.DEREGISTRATION_DATE >= ev.held_on)
        ) chosen
        WHERE chosen.pick = 1
    ),
    ordered AS (
        SELECT c.step_id, c.person_id, c.held_on, c.category, p.plan_id, p.plan_end,
               LAG(c.held_on) OVER (PARTITION BY c.person_id, p.plan_id ORDER BY c.held_on, c.step_id) AS prev_on,
               LAG(c.category) OVER (PARTITION BY c.person_id, p.plan_id ORDER BY c.held_on, c.step_id) AS prev_category
        FROM conferences c
        JOIN plans p ON p.step_id = c.step_id AND p.person_id = c.person_id
    ),
    answers_codes AS (
        SELECT q.code, CASE WHEN UPPER(LTRIM(RTRIM(CAST(q.code AS NVARCHAR(4000))))) IN (N'CPQUORATE') THEN 1 ELSE 0 END AS quorate, CASE WHEN UPPER(LTRIM(RTRIM(CAST(q.code AS NVARCHAR(4000))))) IN (N'CPPARTICIPATION') THEN 1 ELSE 0 END AS participation
        FROM (SELECT DISTINCT fq.QUESTION_USER_CODE AS code FROM [dm_cached_form_answers] fq) q
        WHERE UPPER(LTRIM(RTRIM(CAST(q.code AS NVARCHAR(4000))))) IN (N'CPQUORATE') OR UPPER(LTRIM(RTRIM(CAST(q.code AS NVARCHAR(4000))))) IN (N'CPPARTICIPATION')
    ),
    answers AS (
        SELECT fa.WORKFLOW_STEP_ID AS step_id,
               CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
    MAX(CASE WHEN qc.quorate = 1 THEN fa.TEXT_ANSWER END) AS quorate, MAX(CASE WHEN qc.participation = 1 THEN fa.TEXT_ANSWER END) AS participation
        FROM [dm_cached_form_answers] fa
        JOIN answers_codes qc ON qc.code = fa.QUESTION_USER_CODE
        WHERE fa.WORKFLOW_STEP_ID IS NOT NULL
        GROUP BY fa.WORKFLOW_STEP_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
    )
    INSERT INTO [#ssd_load_ssd_cp_reviews] ([cppr_cp_review_id], [cppr_person_id], [cppr_cp_plan_id], [cppr_cp_review_due], [cppr_cp_review_date], [cppr_cp_review_meeting_id], [cppr_cp_review_outcome_continue_cp], [cppr_cp_review_quorate], [cppr_cp_review_participation])
    SELECT
        CONCAT(CAST(o.step_id AS NVARCHAR(20)), '-', CAST(o.person_id AS NVARCHAR(20))),
        CAST(o.person_id AS VARCHAR(48)),
        CAST(o.plan_id AS VARCHAR(48)),
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(o.prev_category AS NVARCHAR(4000))))) = N'INITIAL' THEN DATEADD(DAY, 91, o.prev_on)
             WHEN UPPER(LTRIM(RTRIM(CAST(o.prev_category AS NVARCHAR(4000))))) = N'REVIEW' THEN DATEADD(DAY, 183, o.prev_on) END,
        o.held_on,
        CAST(o.step_id AS VARCHAR(48)),
        CASE WHEN o.plan_end = o.held_on THEN 'N' ELSE 'Y' END,
        CASE UPPER(LEFT(LTRIM(COALESCE(a.quorate, a_all.quorate)), 1)) WHEN 'Y' THEN 'Y' WHEN 'N' THEN 'N' END,
        LEFT(COALESCE(a.participation, a_all.participation), 100)
    FROM ordered o
    LEFT JOIN answers a ON a.step_id = o.step_id AND a.subject = o.person_id
    LEFT JOIN answers a_all ON a_all.step_id = o.step_id AND a_all.subject = 0
    WHERE UPPER(LTRIM(RTRIM(CAST(o.category AS NVARCHAR(4000))))) = N'REVIEW'
      AND o.held_on >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)) AND o.held_on <= CAST(GETDATE() AS DATE)
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(o.person_id AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cp_reviews];
    INSERT INTO [ssd].[ssd_cp_reviews] ([cppr_cp_review_id], [cppr_person_id], [cppr_cp_plan_id], [cppr_cp_review_due], [cppr_cp_review_date], [cppr_cp_review_meeting_id], [cppr_cp_review_outcome_continue_cp], [cppr_cp_review_quorate], [cppr_cp_review_participation])
    SELECT CASE WHEN LEN([cppr_cp_review_id]) > 48 THEN CONCAT(LEFT([cppr_cp_review_id], 47), N'…') ELSE [cppr_cp_review_id] END, CASE WHEN LEN([cppr_person_id]) > 48 THEN CONCAT(LEFT([cppr_person_id], 47), N'…') ELSE [cppr_person_id] END, CASE WHEN LEN([cppr_cp_plan_id]) > 48 THEN CONCAT(LEFT([cppr_cp_plan_id], 47), N'…') ELSE [cppr_cp_plan_id] END, [cppr_cp_review_due], [cppr_cp_review_date], CASE WHEN LEN([cppr_cp_review_meeting_id]) > 48 THEN CONCAT(LEFT([cppr_cp_review_meeting_id], 47), N'…') ELSE [cppr_cp_review_meeting_id] END, CASE WHEN LEN([cppr_cp_review_outcome_continue_cp]) > 1 THEN CONCAT(LEFT([cppr_cp_review_outcome_continue_cp], 0), N'…') ELSE [cppr_cp_review_outcome_continue_cp] END, CASE WHEN LEN([cppr_cp_review_quorate]) > 100 THEN CONCAT(LEFT([cppr_cp_review_quorate], 99), N'…') ELSE [cppr_cp_review_quorate] END, CASE WHEN LEN([cppr_cp_review_participation]) > 100 THEN CONCAT(LEFT([cppr_cp_review_participation], 99), N'…') ELSE [cppr_cp_review_participation] END FROM [#ssd_load_ssd_cp_reviews];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cp_reviews', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cppr_cp_review_id=', SUM(CASE WHEN LEN([cppr_cp_review_id]) > 48 THEN 1 ELSE 0 END)), N' cppr_cp_review_id=0'), NULLIF(CONCAT(N' cppr_person_id=', SUM(CASE WHEN LEN([cppr_person_id]) > 48 THEN 1 ELSE 0 END)), N' cppr_person_id=0'), NULLIF(CONCAT(N' cppr_cp_plan_id=', SUM(CASE WHEN LEN([cppr_cp_plan_id]) > 48 THEN 1 ELSE 0 END)), N' cppr_cp_plan_id=0'), NULLIF(CONCAT(N' cppr_cp_review_meeting_id=', SUM(CASE WHEN LEN([cppr_cp_review_meeting_id]) > 48 THEN 1 ELSE 0 END)), N' cppr_cp_review_meeting_id=0'), NULLIF(CONCAT(N' cppr_cp_review_outcome_continue_cp=', SUM(CASE WHEN LEN([cppr_cp_review_outcome_continue_cp]) > 1 THEN 1 ELSE 0 END)), N' cppr_cp_review_outcome_continue_cp=0'), NULLIF(CONCAT(N' cppr_cp_review_quorate=', SUM(CASE WHEN LEN([cppr_cp_review_quorate]) > 100 THEN 1 ELSE 0 END)), N' cppr_cp_review_quorate=0'), NULLIF(CONCAT(N' cppr_cp_review_participation=', SUM(CASE WHEN LEN([cppr_cp_review_participation]) > 100 THEN 1 ELSE 0 END)), N' cppr_cp_review_participation=0')) FROM [#ssd_load_ssd_cp_reviews];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cp_reviews', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cp_reviews];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
