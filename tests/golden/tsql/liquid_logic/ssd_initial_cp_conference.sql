RAISERROR(N'refilling ssd_initial_cp_conference', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_initial_cp_conference') IS NOT NULL DROP TABLE [#ssd_load_ssd_initial_cp_conference];
    CREATE TABLE [#ssd_load_ssd_initial_cp_conference] ([icpc_icpc_id] NVARCHAR(MAX), [icpc_icpc_meeting_id] NVARCHAR(MAX), [icpc_s47_enquiry_id] NVARCHAR(MAX), [icpc_person_id] NVARCHAR(MAX), [icpc_cp_plan_id] NVARCHAR(MAX), [icpc_referral_id] NVARCHAR(MAX), [icpc_icpc_transfer_in] NVARCHAR(MAX), [icpc_icpc_target_date] DATETIME, [icpc_icpc_date] DATETIME, [icpc_icpc_outcome_cp_flag] NVARCHAR(MAX), [icpc_icpc_outcome_json] NVARCHAR(MAX), [icpc_icpc_team] NVARCHAR(MAX), [icpc_icpc_worker_id] NVARCHAR(MAX));
    WITH plans AS (
        SELECT cpp.FACT_INITIAL_CP_CONFERENCE_ID, cpp.FACT_CP_PLAN_ID,
               ROW_NUMBER() OVER (PARTITION BY cpp.FACT_INITIAL_CP_CONFERENCE_ID
                                  ORDER BY CASE WHEN cpp.START_DTTM IS NULL THEN 1 ELSE 0 END, cpp.START_DTTM, cpp.FACT_CP_PLAN_ID) AS rn
        FROM [HDM].[Child_Social].[FACT_CP_PLAN] cpp
        WHERE cpp.FACT_INITIAL_CP_CONFERENCE_ID <> -1
    )
    INSERT INTO [#ssd_load_ssd_initial_cp_conference] ([icpc_icpc_id], [icpc_icpc_meeting_id], [icpc_s47_enquiry_id], [icpc_person_id], [icpc_cp_plan_id], [icpc_referral_id], [icpc_icpc_transfer_in], [icpc_icpc_target_date], [icpc_icpc_date], [icpc_icpc_outcome_cp_flag], [icpc_icpc_outcome_json], [icpc_icpc_team], [icpc_icpc_worker_id])
    SELECT
        CAST(c.FACT_CP_CONFERENCE_ID AS NVARCHAR(48)),
        CAST(NULLIF(c.FACT_MEETING_ID, -1) AS NVARCHAR(48)),
        CAST(NULLIF(c.FACT_S47_ID, -1) AS NVARCHAR(48)),
        CAST(c.DIM_PERSON_ID AS NVARCHAR(48)),
        CAST(pl.FACT_CP_PLAN_ID AS NVARCHAR(48)),
        CAST(NULLIF(c.FACT_REFERRAL_ID, -1) AS NVARCHAR(48)),
        LEFT(c.TRANSFER_IN_FLAG, 1),
        c.DUE_DTTM,
        m.ACTUAL_DTTM,
        LEFT(c.OUTCOME_CP_FLAG, 1),
        -- comments are cut to 300 characters so the escaped object always fits the 1000-character column
        CONCAT('{', '"NFA_FLAG":', CASE WHEN c.OUTCOME_NFA_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(c.OUTCOME_NFA_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"REFERRAL_TO_OTHER_AGENCY_FLAG":', CASE WHEN c.OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(c.OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"SINGLE_ASSESSMENT_FLAG":', CASE WHEN c.OUTCOME_SINGLE_ASSESSMENT_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(c.OUTCOME_SINGLE_ASSESSMENT_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"PROV_OF_SERVICES_FLAG":', CASE WHEN c.OUTCOME_PROV_OF_SERVICES_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(c.OUTCOME_PROV_OF_SERVICES_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"CP_FLAG":', CASE WHEN c.OUTCOME_CP_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(c.OUTCOME_CP_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"OTHER_OUTCOMES_EXIST_FLAG":', CASE WHEN c.OTHER_OUTCOMES_EXIST_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(c.OTHER_OUTCOMES_EXIST_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"TOTAL_NO_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN c.TOTAL_NO_OF_OUTCOMES >= 0 THEN c.TOTAL_NO_OF_OUTCOMES END AS NVARCHAR(12)), 'null'), ',"COMMENTS":', CASE WHEN LEFT(c.OUTCOME_COMMENTS, 300) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(c.OUTCOME_COMMENTS, 300) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, '}'),
        CAST(NULLIF(c.ORGANISED_BY_DEPT_ID, -1) AS NVARCHAR(48)),
        LEFT(CAST(c.ORGANISED_BY_USER_STAFF_ID AS NVARCHAR(100)), 100)
    FROM [HDM].[Child_Social].[FACT_CP_CONFERENCE] c
    JOIN [HDM].[Child_Social].[FACT_MEETINGS] m ON m.FACT_MEETING_ID = c.FACT_MEETING_ID
    LEFT JOIN plans pl ON pl.FACT_INITIAL_CP_CONFERENCE_ID = c.FACT_CP_CONFERENCE_ID AND pl.rn = 1
    WHERE c.DIM_PERSON_ID <> -1
        AND UPPER(LTRIM(RTRIM(CAST(m.DIM_LOOKUP_MTG_TYPE_ID_CODE AS NVARCHAR(4000))))) = N'CPCONFERENCE'
        AND (m.ACTUAL_DTTM IS NULL OR m.ACTUAL_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(c.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_initial_cp_conference];
    INSERT INTO [ssd].[ssd_initial_cp_conference] ([icpc_icpc_id], [icpc_icpc_meeting_id], [icpc_s47_enquiry_id], [icpc_person_id], [icpc_cp_plan_id], [icpc_referral_id], [icpc_icpc_transfer_in], [icpc_icpc_target_date], [icpc_icpc_date], [icpc_icpc_outcome_cp_flag], [icpc_icpc_outcome_json], [icpc_icpc_team], [icpc_icpc_worker_id])
    SELECT CASE WHEN LEN([icpc_icpc_id]) > 48 THEN CONCAT(LEFT([icpc_icpc_id], 47), N'…') ELSE [icpc_icpc_id] END, CASE WHEN LEN([icpc_icpc_meeting_id]) > 48 THEN CONCAT(LEFT([icpc_icpc_meeting_id], 47), N'…') ELSE [icpc_icpc_meeting_id] END, CASE WHEN LEN([icpc_s47_enquiry_id]) > 48 THEN CONCAT(LEFT([icpc_s47_enquiry_id], 47), N'…') ELSE [icpc_s47_enquiry_id] END, CASE WHEN LEN([icpc_person_id]) > 48 THEN CONCAT(LEFT([icpc_person_id], 47), N'…') ELSE [icpc_person_id] END, CASE WHEN LEN([icpc_cp_plan_id]) > 48 THEN CONCAT(LEFT([icpc_cp_plan_id], 47), N'…') ELSE [icpc_cp_plan_id] END, CASE WHEN LEN([icpc_referral_id]) > 48 THEN CONCAT(LEFT([icpc_referral_id], 47), N'…') ELSE [icpc_referral_id] END, CASE WHEN LEN([icpc_icpc_transfer_in]) > 1 THEN CONCAT(LEFT([icpc_icpc_transfer_in], 0), N'…') ELSE [icpc_icpc_transfer_in] END, [icpc_icpc_target_date], [icpc_icpc_date], CASE WHEN LEN([icpc_icpc_outcome_cp_flag]) > 1 THEN CONCAT(LEFT([icpc_icpc_outcome_cp_flag], 0), N'…') ELSE [icpc_icpc_outcome_cp_flag] END, CASE WHEN LEN([icpc_icpc_outcome_json]) > 1000 THEN CONCAT(LEFT([icpc_icpc_outcome_json], 999), N'…') ELSE [icpc_icpc_outcome_json] END, CASE WHEN LEN([icpc_icpc_team]) > 48 THEN CONCAT(LEFT([icpc_icpc_team], 47), N'…') ELSE [icpc_icpc_team] END, CASE WHEN LEN([icpc_icpc_worker_id]) > 100 THEN CONCAT(LEFT([icpc_icpc_worker_id], 99), N'…') ELSE [icpc_icpc_worker_id] END FROM [#ssd_load_ssd_initial_cp_conference];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_initial_cp_conference', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' icpc_icpc_id=', SUM(CASE WHEN LEN([icpc_icpc_id]) > 48 THEN 1 ELSE 0 END)), N' icpc_icpc_id=0'), NULLIF(CONCAT(N' icpc_icpc_meeting_id=', SUM(CASE WHEN LEN([icpc_icpc_meeting_id]) > 48 THEN 1 ELSE 0 END)), N' icpc_icpc_meeting_id=0'), NULLIF(CONCAT(N' icpc_s47_enquiry_id=', SUM(CASE WHEN LEN([icpc_s47_enquiry_id]) > 48 THEN 1 ELSE 0 END)), N' icpc_s47_enquiry_id=0'), NULLIF(CONCAT(N' icpc_person_id=', SUM(CASE WHEN LEN([icpc_person_id]) > 48 THEN 1 ELSE 0 END)), N' icpc_person_id=0'), NULLIF(CONCAT(N' icpc_cp_plan_id=', SUM(CASE WHEN LEN([icpc_cp_plan_id]) > 48 THEN 1 ELSE 0 END)), N' icpc_cp_plan_id=0'), NULLIF(CONCAT(N' icpc_referral_id=', SUM(CASE WHEN LEN([icpc_referral_id]) > 48 THEN 1 ELSE 0 END)), N' icpc_referral_id=0'), NULLIF(CONCAT(N' icpc_icpc_transfer_in=', SUM(CASE WHEN LEN([icpc_icpc_transfer_in]) > 1 THEN 1 ELSE 0 END)), N' icpc_icpc_transfer_in=0'), NULLIF(CONCAT(N' icpc_icpc_outcome_cp_flag=', SUM(CASE WHEN LEN([icpc_icpc_outcome_cp_flag]) > 1 THEN 1 ELSE 0 END)), N' icpc_icpc_outcome_cp_flag=0'), NULLIF(CONCAT(N' icpc_icpc_outcome_json=', SUM(CASE WHEN LEN([icpc_icpc_outcome_json]) > 1000 THEN 1 ELSE 0 END)), N' icpc_icpc_outcome_json=0'), NULLIF(CONCAT(N' icpc_icpc_team=', SUM(CASE WHEN LEN([icpc_icpc_team]) > 48 THEN 1 ELSE 0 END)), N' icpc_icpc_team=0'), NULLIF(CONCAT(N' icpc_icpc_worker_id=', SUM(CASE WHEN LEN([icpc_icpc_worker_id]) > 100 THEN 1 ELSE 0 END)), N' icpc_icpc_worker_id=0')) FROM [#ssd_load_ssd_initial_cp_conference];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_initial_cp_conference', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_initial_cp_conference];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
