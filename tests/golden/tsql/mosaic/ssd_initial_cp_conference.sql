RAISERROR(N'refilling ssd_initial_cp_conference', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_initial_cp_conference') IS NOT NULL DROP TABLE [#ssd_load_ssd_initial_cp_conference];
    CREATE TABLE [#ssd_load_ssd_initial_cp_conference] ([icpc_icpc_id] NVARCHAR(MAX), [icpc_icpc_meeting_id] NVARCHAR(MAX), [icpc_s47_enquiry_id] NVARCHAR(MAX), [icpc_person_id] NVARCHAR(MAX), [icpc_cp_plan_id] NVARCHAR(MAX), [icpc_referral_id] NVARCHAR(MAX), [icpc_icpc_transfer_in] NVARCHAR(MAX), [icpc_icpc_target_date] DATETIME, [icpc_icpc_date] DATETIME, [icpc_icpc_outcome_cp_flag] NVARCHAR(MAX), [icpc_icpc_outcome_json] NVARCHAR(MAX), [icpc_icpc_team] NVARCHAR(MAX), [icpc_icpc_worker_id] NVARCHAR(MAX));
    WITH conferences AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id, s.WORKFLOW_STEP_TYPE_ID AS step_type,
               CAST(s.CP_CONFERENCE_ACTUAL_DATE AS DATE) AS held_on,
               s.RESPONSIBLE_TEAM_ID AS team_id, s.ASSIGNEE_ID AS worker_id
        FROM [DM_WORKFLOW_STEPS] s
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(LTRIM(RTRIM(CAST(ss.SUBJECT_TYPE_CODE AS NVARCHAR(4000))))) = N'PER'
        WHERE UPPER(LTRIM(RTRIM(CAST(s.CP_CONFERENCE_CATEGORY AS NVARCHAR(4000))))) = N'INITIAL'
          AND UPPER(LTRIM(RTRIM(CAST(s.STEP_STATUS AS NVARCHAR(4000))))) = N'COMPLETED'
          AND s.CP_CONFERENCE_ACTUAL_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
          AND s.CP_CONFERENCE_ACTUAL_DATE <= CAST(GETDATE() AS DATE)
    ),
    earlier AS (
        -- the child's steps before the conference: the latest S47, and the latest strategy discussion date
        SELECT c.step_id, c.person_id,
               ps.WORKFLOW_STEP_ID AS s47_step_id,
               ROW_NUMBER() OVER (PARTITION BY c.step_id, c.person_id
                                  ORDER BY CASE WHEN UPPER(LTRIM(RTRIM(CAST(ps.IS_SECTION_47_ENQUIRY AS NVARCHAR(4000))))) = N'Y' THEN 0 ELSE 1 END,
                                           COALESCE(ps.STARTED_ON, ps.INCOMING_ON) DESC, ps.WORKFLOW_STEP_ID DESC) AS rn,
               MAX(ps.STRATEGY_DISCUSSION_DATE) OVER (PARTITION BY c.step_id, c.person_id) AS strategy_date,
               ps.IS_SECTION_47_ENQUIRY AS is_s47
        FROM conferences c
        JOIN [dm_workflow_backwards] wb ON wb.WORKFLOW_STEP_ID = c.step_id
        JOIN [DM_WORKFLOW_STEPS] ps ON ps.WORKFLOW_STEP_ID = wb.PRECEDING_WORKFLOW_STEP_ID
        JOIN [dm_subgroup_subjects] pss
          ON pss.SUBGROUP_ID = ps.SUBGROUP_ID AND UPPER(LTRIM(RTRIM(CAST(pss.SUBJECT_TYPE_CODE AS NVARCHAR(4000))))) = N'PER' AND pss.SUBJECT_COMPOUND_ID = c.person_id
    ),
    plans AS (
        SELECT c.step_id, c.person_id, rg.REGISTRATION_ID AS plan_id,
               ROW_NUMBER() OVER (PARTITION BY c.step_id, c.person_id
                                  ORDER BY CASE WHEN rg.REGISTRATION_STEP_ID = c.step_id THEN 0 ELSE 1 END, rg.REGISTRATION_ID) AS rn
        FROM conferences c
        JOIN [dm_REGISTRATIONS] rg
          ON rg.PERSON_ID = c.person_id AND CAST(rg.REGISTRATION_START_DATE AS DATE) = c.held_on
        WHERE UPPER(LTRIM(RTRIM(CAST(rg.IS_CHILD_PROTECTION_PLAN AS NVARCHAR(4000))))) = N'Y' AND NOT UPPER(LTRIM(RTRIM(CAST(COALESCE(rg.IS_TEMPORARY_CHILD_PROTECTION, 'N') AS NVARCHAR(4000))))) = N'Y'
    ),
    transfers AS (
        SELECT DISTINCT mf.MAPPED_VALUE AS step_type
        FROM [dm_MAPPING_FILTERS] mf
        WHERE UPPER(LTRIM(RTRIM(CAST(mf.FILTER_NAME AS NVARCHAR(4000))))) = N'CHILD CIN TRANSFER IN CONFERENCES'
    ),
    referrals AS (
        SELECT chosen.step_id, chosen.person_id, chosen.referral_id
        FROM (
            SELECT ev.step_id, ev.person_id, CONCAT(CAST(ref.REFERRAL_ID AS NVARCHAR(20)), '-', CAST(ref.PERSON_ID AS NVARCHAR(20))) AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.step_id, ev.person_id ORDER BY ref.REFERRAL_DATE DESC, ref.REFERRAL_ID DESC) AS pick
            FROM conferences ev
            JOIN [dm_cin_referrals] ref
                ON ref.PERSON_ID = ev.person_id AND ref.REFERRAL_DATE <= ev.held_on AND (ref.CLOSURE_DATE IS NULL OR ref.CLOSURE_DATE >= ev.held_on)
        ) chosen
        WHERE chosen.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_initial_cp_conference] ([icpc_icpc_id], [icpc_icpc_meeting_id], [icpc_s47_enquiry_id], [icpc_person_id], [icpc_cp_plan_id], [icpc_referral_id], [icpc_icpc_transfer_in], [icpc_icpc_target_date], [icpc_icpc_date], [icpc_icpc_outcome_cp_flag], [icpc_icpc_outcome_json], [icpc_icpc_team], [icpc_icpc_worker_id])
    SELECT
        CONCAT(CAST(c.step_id AS NVARCHAR(20)), '-', CAST(c.person_id AS NVARCHAR(20))),
        NULL,  -- icpc_icpc_meeting_id: Mosaic records the conference as the step itself; there is no meeting id
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(e.is_s47 AS NVARCHAR(4000))))) = N'Y' THEN CONCAT(CAST(e.s47_step_id AS NVARCHAR(20)), '-', CAST(c.person_id AS NVARCHAR(20))) END,
        CAST(c.person_id AS NVARCHAR(48)),
        CAST(p.plan_id AS NVARCHAR(48)),
        rf.referral_id,
        CASE WHEN CAST(c.step_type AS NVARCHAR(48)) IN (SELECT LTRIM(RTRIM(CAST(t.step_type AS NVARCHAR(48)))) FROM transfers t) THEN 'Y' ELSE 'N' END,
        CASE WHEN e.strategy_date IS NOT NULL THEN DATEADD(DAY, CASE WHEN (DATEDIFF(DAY, CAST('19000101' AS DATE), e.strategy_date) % 7) >= 4 THEN 21 - ((DATEDIFF(DAY, CAST('19000101' AS DATE), e.strategy_date) % 7) - 4) WHEN (DATEDIFF(DAY, CAST('19000101' AS DATE), e.strategy_date) % 7) + 0 >= 5 THEN 23 ELSE 21 END, e.strategy_date) END,
        c.held_on,
        CASE WHEN p.plan_id IS NOT NULL THEN 'Y' ELSE 'N' END,
        CONCAT('{"CP_FLAG": "', CASE WHEN p.plan_id IS NOT NULL THEN 'Y' ELSE 'N' END, '"}'),
        CAST(c.team_id AS NVARCHAR(48)),
        CAST(c.worker_id AS NVARCHAR(100))
    FROM conferences c
    LEFT JOIN referrals rf ON rf.step_id = c.step_id AND rf.person_id = c.person_id
    LEFT JOIN earlier e ON e.step_id = c.step_id AND e.person_id = c.person_id AND e.rn = 1
    LEFT JOIN plans p ON p.step_id = c.step_id AND p.person_id = c.person_id AND p.rn = 1
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(c.person_id AS NVARCHAR(48)));
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
