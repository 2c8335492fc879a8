
RAISERROR(N'refilling ssd_s47_enquiry', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_s47_enquiry') IS NOT NULL DROP TABLE [#ssd_load_ssd_s47_enquiry];
    CREATE TABLE [#ssd_load_ssd_s47_enquiry] ([s47e_s47_enquiry_id] NVARCHAR(MAX), [s47e_referral_id] NVARCHAR(MAX), [s47e_person_id] NVARCHAR(MAX), [s47e_s47_start_date] DATETIME, [s47e_s47_end_date] DATETIME, [s47e_s47_nfa] NVARCHAR(MAX), [s47e_s47_outcome_json] NVARCHAR(MAX), [s47e_s47_completed_by_team] NVARCHAR(MAX), [s47e_s47_completed_by_worker_id] NVARCHAR(MAX));
    WITH enquiries AS (
        SELECT v.WORKFLOW_STEP_ID AS step_id, v.PERSON_ID AS person_id,
               CAST(v.STARTED_ON AS DATE) AS start_date, CAST(v.COMPLETED_ON AS DATE) AS end_date,
               v.RESPONSIBLE_TEAM_ID AS team_id, v.ASSIGNEE_ID AS worker_id
        FROM [dm_workflow_steps_people_vw] v
        WHERE UPPER(LTRIM(RTRIM(CAST(v.IS_SECTION_47_ENQUIRY AS NVARCHAR(4000))))) = N'Y'
          AND UPPER(LTRIM(RTRIM(CAST(v.STEP_STATUS AS NVARCHAR(4000))))) IN (N'INCOMING', N'STARTED', N'REOPENED', N'COMPLETED')
          AND CAST(v.STARTED_ON AS DATE) <= CAST(GETDATE() AS DATE) AND (CAST(v.COMPLETED_ON AS DATE) IS NULL OR CAST(v.COMPLETED_ON AS DATE) >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),
    actions AS (
        -- only the enquiries' next actions are grouped, not every link in the data mart
        SELECT wl.SOURCE_STEP_ID AS step_id, tp.PERSON_ID AS person_id,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(ts.CP_CONFERENCE_CATEGORY AS NVARCHAR(4000))))) = N'INITIAL'
                          OR 1 = 0 THEN 1 ELSE 0 END) AS conference,
               MAX(CASE WHEN 1 = 0 THEN 1 ELSE 0 END) AS further,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(nt.IS_NO_FURTHER_ACTION AS NVARCHAR(4000))))) = N'Y' THEN 1 ELSE 0 END) AS nfa
        FROM [dm_workflow_links] wl
        JOIN [dm_workflow_steps_people_vw] tp ON tp.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        JOIN [DM_WORKFLOW_STEPS] ts ON ts.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        LEFT JOIN [dm_WORKFLOW_NXT_ACTION_TYPES] nt ON nt.WORKFLOW_NEXT_ACTION_TYPE_ID = wl.WORKFLOW_NEXT_ACTION_TYPE_ID
        WHERE UPPER(LTRIM(RTRIM(CAST(tp.STEP_STATUS AS NVARCHAR(4000))))) IN (N'INCOMING', N'STARTED', N'REOPENED', N'COMPLETED')
          AND wl.SOURCE_STEP_ID IN (SELECT e.step_id FROM enquiries e)
        GROUP BY wl.SOURCE_STEP_ID, tp.PERSON_ID
    ),
    referrals AS (
        SELECT chosen.step_id, chosen.person_id, chosen.referral_id
        FROM (
            SELECT ev.step_id, ev.person_id, CONCAT(CAST(ref.REFERRAL_ID AS NVARCHAR(20)), '-', CAST(ref.PERSON_ID AS NVARCHAR(20))) AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.step_id, ev.person_id ORDER BY ref.REFERRAL_DATE DESC, ref.REFERRAL_ID DESC) AS pick
            FROM enquiries ev
            JOIN [dm_cin_referrals] ref
                ON ref.PERSON_ID = ev.person_id AND ref.REFERRAL_DATE <= ev.start_date AND (ref.CLOSURE_DATE IS NULL OR ref.CLOSURE_DATE >= ev.start_date)
        ) chosen
        WHERE chosen.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_s47_enquiry] ([s47e_s47_enquiry_id], [s47e_referral_id], [s47e_person_id], [s47e_s47_start_date], [s47e_s47_end_date], [s47e_s47_nfa], [s47e_s47_outcome_json], [s47e_s47_completed_by_team], [s47e_s47_completed_by_worker_id])
    SELECT
        CONCAT(CAST(e.step_id AS NVARCHAR(20)), '-', CAST(e.person_id AS NVARCHAR(20))),
        rf.referral_id,
        CAST(e.person_id AS NVARCHAR(48)),
        e.start_date,
        e.end_date,
        CASE WHEN a.nfa = 1 AND a.conference = 0 AND a.further = 0 THEN 'Y' ELSE 'N' END,
        CONCAT('{"NFA_FLAG": "', CASE WHEN a.nfa = 1 AND a.conference = 0 AND a.further = 0 THEN 'Y' ELSE 'N' END,
               '", "CP_CONFERENCE_FLAG": "', CASE WHEN a.conference = 1 THEN 'Y' ELSE 'N' END, '"}'),
        CAST(e.team_id AS NVARCHAR(48)),
        CAST(e.worker_id AS NVARCHAR(100))
    FROM enquiries e
    LEFT JOIN referrals rf ON rf.step_id = e.step_id AND rf.person_id = e.person_id
    LEFT JOIN actions a ON a.step_id = e.step_id AND a.person_id = e.person_id
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(e.person_id AS NVARCHAR(48)));
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
