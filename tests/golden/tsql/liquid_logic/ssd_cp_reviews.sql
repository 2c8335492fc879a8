
RAISERROR(N'refilling ssd_cp_reviews', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cp_reviews') IS NOT NULL DROP TABLE [#ssd_load_ssd_cp_reviews];
    CREATE TABLE [#ssd_load_ssd_cp_reviews] ([cppr_cp_review_id] NVARCHAR(MAX), [cppr_person_id] NVARCHAR(MAX), [cppr_cp_plan_id] NVARCHAR(MAX), [cppr_cp_review_due] DATETIME, [cppr_cp_review_date] DATETIME, [cppr_cp_review_meeting_id] NVARCHAR(MAX), [cppr_cp_review_outcome_continue_cp] NVARCHAR(MAX), [cppr_cp_review_quorate] NVARCHAR(MAX), [cppr_cp_review_participation] NVARCHAR(MAX));
    WITH subjects AS (
        SELECT cpr.FACT_CP_REVIEW_ID,
               MAX(ffa.ANSWER) AS quorate,
               MAX(fms.DIM_LOOKUP_PARTICIPATION_CODE_DESC) AS participation
        FROM [HDM].[Child_Social].[FACT_CP_REVIEW] cpr
        JOIN [HDM].[Child_Social].[FACT_MEETING_SUBJECTS] fms
            ON fms.FACT_MEETINGS_ID = cpr.FACT_MEETING_ID AND fms.DIM_PERSON_ID = cpr.DIM_PERSON_ID
        LEFT JOIN [HDM].[Child_Social].[FACT_FORM_ANSWERS] ffa
            ON ffa.FACT_FORM_ID = fms.FACT_OUTCM_FORM_ID
            AND fms.FACT_OUTCM_FORM_ID <> -1
            AND UPPER(LTRIM(RTRIM(CAST(ffa.ANSWER_NO AS NVARCHAR(4000))))) = N'WASCONF'
        GROUP BY cpr.FACT_CP_REVIEW_ID
    )
    INSERT INTO [#ssd_load_ssd_cp_reviews] ([cppr_cp_review_id], [cppr_person_id], [cppr_cp_plan_id], [cppr_cp_review_due], [cppr_cp_review_date], [cppr_cp_review_meeting_id], [cppr_cp_review_outcome_continue_cp], [cppr_cp_review_quorate], [cppr_cp_review_participation])
    SELECT
        CAST(cpr.FACT_CP_REVIEW_ID AS NVARCHAR(48)),
        CAST(cpr.DIM_PERSON_ID AS NVARCHAR(48)),
        CAST(NULLIF(cpr.FACT_CP_PLAN_ID, -1) AS NVARCHAR(48)),
        cpr.DUE_DTTM,
        cpr.MEETING_DTTM,
        CAST(fm.FACT_MEETING_ID AS NVARCHAR(48)),
        LEFT(cpr.OUTCOME_CONTINUE_CP_FLAG, 1),
        NULLIF(LEFT(LTRIM(RTRIM(s.quorate)), 100), ''),
        LEFT(CAST(NULLIF(LTRIM(RTRIM(s.participation)), '') AS NVARCHAR(100)), 100)
    FROM [HDM].[Child_Social].[FACT_CP_REVIEW] cpr
    LEFT JOIN [HDM].[Child_Social].[FACT_MEETINGS] fm ON fm.FACT_MEETING_ID = cpr.FACT_MEETING_ID
    LEFT JOIN subjects s ON s.FACT_CP_REVIEW_ID = cpr.FACT_CP_REVIEW_ID
    WHERE cpr.DIM_PERSON_ID <> -1
        AND (cpr.MEETING_DTTM IS NULL OR cpr.MEETING_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(cpr.DIM_PERSON_ID AS NVARCHAR(48)));
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
