
RAISERROR(N'refilling ssd_cin_episodes', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cin_episodes') IS NOT NULL DROP TABLE [#ssd_load_ssd_cin_episodes];
    CREATE TABLE [#ssd_load_ssd_cin_episodes] ([cine_referral_id] NVARCHAR(MAX), [cine_person_id] NVARCHAR(MAX), [cine_referral_date] DATETIME, [cine_cin_primary_need_code] NVARCHAR(MAX), [cine_referral_source_code] NVARCHAR(MAX), [cine_referral_source_desc] NVARCHAR(MAX), [cine_referral_outcome_json] NVARCHAR(MAX), [cine_referral_nfa] NVARCHAR(MAX), [cine_close_reason] NVARCHAR(MAX), [cine_close_date] DATETIME, [cine_referral_team] NVARCHAR(MAX), [cine_referral_worker_id] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_cin_episodes] ([cine_referral_id], [cine_person_id], [cine_referral_date], [cine_cin_primary_need_code], [cine_referral_source_code], [cine_referral_source_desc], [cine_referral_outcome_json], [cine_referral_nfa], [cine_close_reason], [cine_close_date], [cine_referral_team], [cine_referral_worker_id])
    SELECT
        CAST(r.FACT_REFERRAL_ID AS NVARCHAR(48)),
        CAST(r.DIM_PERSON_ID AS NVARCHAR(48)),
        r.REFRL_START_DTTM,
        LEFT(r.DIM_LOOKUP_CATEGORY_OF_NEED_CODE, 3),
        CAST(r.DIM_LOOKUP_CONT_SORC_ID AS NVARCHAR(48)),
        LEFT(r.DIM_LOOKUP_CONT_SORC_ID_DESC, 255),
        -- the NFA flag has its own column; comments are cut to 900 characters (JSON-escaped)
        CONCAT('{', '"SINGLE_ASSESSMENT_FLAG":', CASE WHEN r.OUTCOME_SINGLE_ASSESSMENT_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(r.OUTCOME_SINGLE_ASSESSMENT_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"STRATEGY_DISCUSSION_FLAG":', CASE WHEN r.OUTCOME_STRATEGY_DISCUSSION_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(r.OUTCOME_STRATEGY_DISCUSSION_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"CLA_REQUEST_FLAG":', CASE WHEN r.OUTCOME_CLA_REQUEST_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(r.OUTCOME_CLA_REQUEST_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"NON_AGENCY_ADOPTION_FLAG":', CASE WHEN r.OUTCOME_NON_AGENCY_ADOPTION_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(r.OUTCOME_NON_AGENCY_ADOPTION_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"PRIVATE_FOSTERING_FLAG":', CASE WHEN r.OUTCOME_PRIVATE_FOSTERING_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(r.OUTCOME_PRIVATE_FOSTERING_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"CP_TRANSFER_IN_FLAG":', CASE WHEN r.OUTCOME_CP_TRANSFER_IN_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(r.OUTCOME_CP_TRANSFER_IN_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"CP_CONFERENCE_FLAG":', CASE WHEN r.OUTCOME_CP_CONFERENCE_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(r.OUTCOME_CP_CONFERENCE_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"CARE_LEAVER_FLAG":', CASE WHEN r.OUTCOME_CARE_LEAVER_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(r.OUTCOME_CARE_LEAVER_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"OTHER_OUTCOMES_EXIST_FLAG":', CASE WHEN r.OTHER_OUTCOMES_EXIST_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(r.OTHER_OUTCOMES_EXIST_FLAG AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"NUMBER_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN r.TOTAL_NO_OF_OUTCOMES >= 0 THEN r.TOTAL_NO_OF_OUTCOMES END AS NVARCHAR(12)), 'null'), ',"COMMENTS":', CASE WHEN LEFT(r.OUTCOME_COMMENTS, 900) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(r.OUTCOME_COMMENTS, 900) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, '}'),
        CASE
            WHEN r.OUTCOME_NFA_FLAG IS NULL THEN NULL
            WHEN UPPER(LTRIM(RTRIM(r.OUTCOME_NFA_FLAG))) IN ('Y', 'YES', 'TRUE', '1') THEN 'Y'
            WHEN UPPER(LTRIM(RTRIM(r.OUTCOME_NFA_FLAG))) IN ('N', 'NO', 'FALSE', '0') THEN 'N'
            ELSE LEFT(LTRIM(RTRIM(r.OUTCOME_NFA_FLAG)), 1)
        END,
        NULLIF(LEFT(LTRIM(RTRIM(r.DIM_LOOKUP_REFRL_ENDRSN_ID_CODE)), 100), ''),
        r.REFRL_END_DTTM,
        CAST(NULLIF(r.DIM_DEPARTMENT_ID, -1) AS NVARCHAR(48)),
        CAST(NULLIF(r.DIM_WORKER_ID, -1) AS NVARCHAR(48))
    FROM [HDM].[Child_Social].[FACT_REFERRALS] r
    WHERE r.DIM_PERSON_ID <> -1
        AND (r.REFRL_START_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)) OR r.REFRL_END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)) OR r.REFRL_END_DTTM IS NULL)
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(r.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cin_episodes];
    INSERT INTO [ssd].[ssd_cin_episodes] ([cine_referral_id], [cine_person_id], [cine_referral_date], [cine_cin_primary_need_code], [cine_referral_source_code], [cine_referral_source_desc], [cine_referral_outcome_json], [cine_referral_nfa], [cine_close_reason], [cine_close_date], [cine_referral_team], [cine_referral_worker_id])
    SELECT CASE WHEN LEN([cine_referral_id]) > 48 THEN CONCAT(LEFT([cine_referral_id], 47), N'…') ELSE [cine_referral_id] END, CASE WHEN LEN([cine_person_id]) > 48 THEN CONCAT(LEFT([cine_person_id], 47), N'…') ELSE [cine_person_id] END, [cine_referral_date], CASE WHEN LEN([cine_cin_primary_need_code]) > 3 THEN CONCAT(LEFT([cine_cin_primary_need_code], 2), N'…') ELSE [cine_cin_primary_need_code] END, CASE WHEN LEN([cine_referral_source_code]) > 48 THEN CONCAT(LEFT([cine_referral_source_code], 47), N'…') ELSE [cine_referral_source_code] END, CASE WHEN LEN([cine_referral_source_desc]) > 255 THEN CONCAT(LEFT([cine_referral_source_desc], 254), N'…') ELSE [cine_referral_source_desc] END, CASE WHEN LEN([cine_referral_outcome_json]) > 4000 THEN CONCAT(LEFT([cine_referral_outcome_json], 3999), N'…') ELSE [cine_referral_outcome_json] END, CASE WHEN LEN([cine_referral_nfa]) > 1 THEN CONCAT(LEFT([cine_referral_nfa], 0), N'…') ELSE [cine_referral_nfa] END, CASE WHEN LEN([cine_close_reason]) > 100 THEN CONCAT(LEFT([cine_close_reason], 99), N'…') ELSE [cine_close_reason] END, [cine_close_date], CASE WHEN LEN([cine_referral_team]) > 48 THEN CONCAT(LEFT([cine_referral_team], 47), N'…') ELSE [cine_referral_team] END, CASE WHEN LEN([cine_referral_worker_id]) > 48 THEN CONCAT(LEFT([cine_referral_worker_id], 47), N'…') ELSE [cine_referral_worker_id] END FROM [#ssd_load_ssd_cin_episodes];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cin_episodes', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cine_referral_id=', SUM(CASE WHEN LEN([cine_referral_id]) > 48 THEN 1 ELSE 0 END)), N' cine_referral_id=0'), NULLIF(CONCAT(N' cine_person_id=', SUM(CASE WHEN LEN([cine_person_id]) > 48 THEN 1 ELSE 0 END)), N' cine_person_id=0'), NULLIF(CONCAT(N' cine_cin_primary_need_code=', SUM(CASE WHEN LEN([cine_cin_primary_need_code]) > 3 THEN 1 ELSE 0 END)), N' cine_cin_primary_need_code=0'), NULLIF(CONCAT(N' cine_referral_source_code=', SUM(CASE WHEN LEN([cine_referral_source_code]) > 48 THEN 1 ELSE 0 END)), N' cine_referral_source_code=0'), NULLIF(CONCAT(N' cine_referral_source_desc=', SUM(CASE WHEN LEN([cine_referral_source_desc]) > 255 THEN 1 ELSE 0 END)), N' cine_referral_source_desc=0'), NULLIF(CONCAT(N' cine_referral_outcome_json=', SUM(CASE WHEN LEN([cine_referral_outcome_json]) > 4000 THEN 1 ELSE 0 END)), N' cine_referral_outcome_json=0'), NULLIF(CONCAT(N' cine_referral_nfa=', SUM(CASE WHEN LEN([cine_referral_nfa]) > 1 THEN 1 ELSE 0 END)), N' cine_referral_nfa=0'), NULLIF(CONCAT(N' cine_close_reason=', SUM(CASE WHEN LEN([cine_close_reason]) > 100 THEN 1 ELSE 0 END)), N' cine_close_reason=0'), NULLIF(CONCAT(N' cine_referral_team=', SUM(CASE WHEN LEN([cine_referral_team]) > 48 THEN 1 ELSE 0 END)), N' cine_referral_team=0'), NULLIF(CONCAT(N' cine_referral_worker_id=', SUM(CASE WHEN LEN([cine_referral_worker_id]) > 48 THEN 1 ELSE 0 END)), N' cine_referral_worker_id=0')) FROM [#ssd_load_ssd_cin_episodes];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cin_episodes', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cin_episodes];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
