RAISERROR(N'refilling ssd_s47_enquiry', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_s47_enquiry') IS NOT NULL DROP TABLE [#ssd_load_ssd_s47_enquiry];
    CREATE TABLE [#ssd_load_ssd_s47_enquiry] ([s47e_s47_enquiry_id] NVARCHAR(MAX), [s47e_referral_id] NVARCHAR(MAX), [s47e_person_id] NVARCHAR(MAX), [s47e_s47_start_date] DATETIME, [s47e_s47_end_date] DATETIME, [s47e_s47_nfa] NVARCHAR(MAX), [s47e_s47_outcome_json] NVARCHAR(MAX), [s47e_s47_completed_by_team] NVARCHAR(MAX), [s47e_s47_completed_by_worker_id] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_s47_enquiry] ([s47e_s47_enquiry_id], [s47e_referral_id], [s47e_person_id], [s47e_s47_start_date], [s47e_s47_end_date], [s47e_s47_nfa], [s47e_s47_outcome_json], [s47e_s47_completed_by_team], [s47e_s47_completed_by_worker_id])
    SELECT
        CAST(s.FACT_S47_ID AS NVARCHAR(48)),
        CAST(NULLIF(s.FACT_REFERRAL_ID, -1) AS NVARCHAR(48)),
        CAST(s.DIM_PERSON_ID AS NVARCHAR(48)),
        s.START_DTTM,
        s.END_DTTM,
        LEFT(s.OUTCOME_NFA_FLAG, 1),
        -- comments are cut to 300 characters so the escaped object always fits the 1000-character column
        CONCAT('{', '"NFA_FLAG":', CASE WHEN s.OUTCOME_NFA_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(s.OUTCOME_NFA_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"LEGAL_ACTION_FLAG":', CASE WHEN s.OUTCOME_LEGAL_ACTION_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(s.OUTCOME_LEGAL_ACTION_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"PROV_OF_SERVICES_FLAG":', CASE WHEN s.OUTCOME_PROV_OF_SERVICES_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(s.OUTCOME_PROV_OF_SERVICES_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"PROV_OF_SB_CARE_FLAG":', CASE WHEN s.OUTCOME_PROV_OF_SB_CARE_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(s.OUTCOME_PROV_OF_SB_CARE_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"CP_CONFERENCE_FLAG":', CASE WHEN s.OUTCOME_CP_CONFERENCE_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(s.OUTCOME_CP_CONFERENCE_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"NFA_CONTINUE_SINGLE_FLAG":', CASE WHEN s.OUTCOME_NFA_CONTINUE_SINGLE_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(s.OUTCOME_NFA_CONTINUE_SINGLE_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"MONITOR_FLAG":', CASE WHEN s.OUTCOME_MONITOR_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(s.OUTCOME_MONITOR_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"OTHER_OUTCOMES_EXIST_FLAG":', CASE WHEN s.OTHER_OUTCOMES_EXIST_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(s.OTHER_OUTCOMES_EXIST_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"TOTAL_NO_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN s.TOTAL_NO_OF_OUTCOMES >= 0 THEN s.TOTAL_NO_OF_OUTCOMES END AS NVARCHAR(12)), 'null'), ',"OUTCOME_COMMENTS":', CASE WHEN LEFT(s.OUTCOME_COMMENTS, 300) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(s.OUTCOME_COMMENTS, 300) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, '}'),
        CAST(NULLIF(s.COMPLETED_BY_DEPT_ID, -1) AS NVARCHAR(48)),
        LEFT(CAST(s.COMPLETED_BY_USER_STAFF_ID AS NVARCHAR(100)), 100)
    FROM [HDM].[Child_Social].[FACT_S47] s
    WHERE s.DIM_PERSON_ID <> -1
        AND CAST(s.START_DTTM AS DATE) <= CAST(GETDATE() AS DATE)
        AND (s.END_DTTM IS NULL OR s.END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(s.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_s47_enquiry];
    INSERT INTO [ssd].[ssd_s47_enquiry] ([s47e_s47_enquiry_id], [s47e_referral_id], [s47e_person_id], [s47e_s47_start_date], [s47e_s47_end_date], [s47e_s47_nfa], [s47e_s47_outcome_json], [s47e_s47_completed_by_team], [s47e_s47_completed_by_worker_id])
    SELECT CASE WHEN LEN([s47e_s47_enquiry_id]) > 48 THEN CONCAT(LEFT([s47e_s47_enquiry_id], 47), N'…') ELSE [s47e_s47_enquiry_id] END, CASE WHEN LEN([s47e_referral_id]) > 48 THEN CONCAT(LEFT([s47e_referral_id], 47), N'…') ELSE [s47e_referral_id] END, CASE WHEN LEN([s47e_person_id]) > 48 THEN CONCAT(LEFT([s47e_person_id], 47), N'…') ELSE [s47e_person_id] END, [s47e_s47_start_date], [s47e_s47_end_date], CASE WHEN LEN([s47e_s47_nfa]) > 1 THEN CONCAT(LEFT([s47e_s47_nfa], 0), N'…') ELSE [s47e_s47_nfa] END, CASE WHEN LEN([s47e_s47_outcome_json]) > 1000 THEN CONCAT(LEFT([s47e_s47_outcome_json], 999), N'…') ELSE [s47e_s47_outcome_json] END, CASE WHEN LEN([s47e_s47_completed_by_team]) > 48 THEN CONCAT(LEFT([s47e_s47_completed_by_team], 47), N'…') ELSE [s47e_s47_completed_by_team] END, CASE WHEN LEN([s47e_s47_completed_by_worker_id]) > 100 THEN CONCAT(LEFT([s47e_s47_completed_by_worker_id], 99), N'…') ELSE [s47e_s47_completed_by_worker_id] END FROM [#ssd_load_ssd_s47_enquiry];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_s47_enquiry', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' s47e_s47_enquiry_id=', SUM(CASE WHEN LEN([s47e_s47_enquiry_id]) > 48 THEN 1 ELSE 0 END)), N' s47e_s47_enquiry_id=0'), NULLIF(CONCAT(N' s47e_referral_id=', SUM(CASE WHEN LEN([s47e_referral_id]) > 48 THEN 1 ELSE 0 END)), N' s47e_referral_id=0'), NULLIF(CONCAT(N' s47e_person_id=', SUM(CASE WHEN LEN([s47e_person_id]) > 48 THEN 1 ELSE 0 END)), N' s47e_person_id=0'), NULLIF(CONCAT(N' s47e_s47_nfa=', SUM(CASE WHEN LEN([s47e_s47_nfa]) > 1 THEN 1 ELSE 0 END)), N' s47e_s47_nfa=0'), NULLIF(CONCAT(N' s47e_s47_outcome_json=', SUM(CASE WHEN LEN([s47e_s47_outcome_json]) > 1000 THEN 1 ELSE 0 END)), N' s47e_s47_outcome_json=0'), NULLIF(CONCAT(N' s47e_s47_completed_by_team=', SUM(CASE WHEN LEN([s47e_s47_completed_by_team]) > 48 THEN 1 ELSE 0 END)), N' s47e_s47_completed_by_team=0'), NULLIF(CONCAT(N' s47e_s47_completed_by_worker_id=', SUM(CASE WHEN LEN([s47e_s47_completed_by_worker_id]) > 100 THEN 1 ELSE 0 END)), N' s47e_s47_completed_by_worker_id=0')) FROM [#ssd_load_ssd_s47_enquiry];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_s47_enquiry', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_s47_enquiry];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
