
RAISERROR(N'refilling ssd_cin_assessments', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cin_assessments') IS NOT NULL DROP TABLE [#ssd_load_ssd_cin_assessments];
    CREATE TABLE [#ssd_load_ssd_cin_assessments] ([cina_assessment_id] NVARCHAR(MAX), [cina_person_id] NVARCHAR(MAX), [cina_referral_id] NVARCHAR(MAX), [cina_assessment_start_date] DATETIME, [cina_assessment_child_seen] NVARCHAR(MAX), [cina_assessment_auth_date] DATETIME, [cina_assessment_outcome_json] NVARCHAR(MAX), [cina_assessment_outcome_nfa] NVARCHAR(MAX), [cina_assessment_team] NVARCHAR(MAX), [cina_assessment_worker_id] NVARCHAR(MAX));
    WITH steps AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               COALESCE(s.STARTED_ON, s.INCOMING_ON) AS start_date, s.COMPLETED_ON AS auth_date,
               s.RESPONSIBLE_TEAM_ID AS team_id, s.ASSIGNEE_ID AS worker_id
        FROM [DM_WORKFLOW_STEPS] s
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(LTRIM(RTRIM(CAST(ss.SUBJECT_TYPE_CODE AS NVARCHAR(4000))))) = N'PER'
        WHERE UPPER(LTRIM(RTRIM(CAST(s.IS_CONTINUOUS_ASSESSMENT AS NVARCHAR(4000))))) = N'Y'
          AND UPPER(LTRIM(RTRIM(CAST(s.STEP_STATUS AS NVARCHAR(4000))))) IN (N'INCOMING', N'STARTED', N'REOPENED', N'COMPLETED')
          AND COALESCE(s.STARTED_ON, s.INCOMING_ON) <= CAST(GETDATE() AS DATE) AND (s.COMPLETED_ON IS NULL OR s.COMPLETED_ON >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),
    seen AS (
        -- the answer, mapped through the LA's mapping group when it has one, read as Yes/No
        SELECT fa.WORKFLOW_STEP_ID AS step_id, fa.SUBJECT_PERSON_ID AS person_id,
               MAX(UPPER(LEFT(LTRIM(COALESCE(mg.CATEGORY_VALUE, fa.TEXT_ANSWER)), 1))) AS seen
        FROM [dm_filter_form_answers] fa
        LEFT JOIN [dm_mapping_groups] mg
               ON UPPER(LTRIM(RTRIM(CAST(mg.GROUP_NAME AS NVARCHAR(4000))))) = N'CHILD SEEN DURING ASSESSMENT' AND mg.MAPPED_VALUE = fa.TEXT_ANSWER
        WHERE UPPER(LTRIM(RTRIM(CAST(fa.FILTER_NAME AS NVARCHAR(4000))))) = N'CHILD SEEN DURING EVENT (LOOKUP)'
          AND fa.WORKFLOW_STEP_ID IN (SELECT st.step_id FROM steps st)
        GROUP BY fa.WORKFLOW_STEP_ID, fa.SUBJECT_PERSON_ID
    ),
    actions AS (
        -- next actions of the step that led to a live step for the same child (only the assessments' steps grouped)
        SELECT wl.SOURCE_STEP_ID AS step_id, tp.PERSON_ID AS person_id,
               MAX(CASE WHEN wl.WORKFLOW_NEXT_ACTION_TYPE_ID IN (3941, 4130, 3992, 3942, 4468, 3950, 3951, 3944, 4122, 3943) THEN 1 ELSE 0 END) AS further,
               MAX(CASE WHEN wl.WORKFLOW_NEXT_ACTION_TYPE_ID IN (3988, 3987, 3953, 4440) THEN 1 ELSE 0 END) AS nfa
        FROM [dm_workflow_links] wl
        JOIN [dm_workflow_steps_people_vw] tp ON tp.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        WHERE UPPER(LTRIM(RTRIM(CAST(tp.STEP_STATUS AS NVARCHAR(4000))))) IN (N'INCOMING', N'STARTED', N'REOPENED', N'COMPLETED')
          AND wl.SOURCE_STEP_ID IN (SELECT st.step_id FROM steps st)
        GROUP BY wl.SOURCE_STEP_ID, tp.PERSON_ID
    ),
    referrals AS (
        SELECT ev.step_id, ev.person_id, CONCAT(CAST(MIN(ref.REFERRAL_ID) AS NVARCHAR(20)), '-', CAST(MAX(ref.PERSON_ID) AS NVARCHAR(20))) AS referral_id
        FROM steps ev
        JOIN [dm_cin_referrals] ref
            ON ref.PERSON_ID = ev.person_id AND (ev.auth_date IS NULL OR ref.REFERRAL_DATE <= ev.auth_date) AND (ref.CLOSURE_DATE IS NULL OR ref.CLOSURE_DATE >= ev.start_date)
        GROUP BY ev.step_id, ev.person_id
    )
    INSERT INTO [#ssd_load_ssd_cin_assessments] ([cina_assessment_id], [cina_person_id], [cina_referral_id], [cina_assessment_start_date], [cina_assessment_child_seen], [cina_assessment_auth_date], [cina_assessment_outcome_json], [cina_assessment_outcome_nfa], [cina_assessment_team], [cina_assessment_worker_id])
    SELECT
        CONCAT(CAST(st.step_id AS NVARCHAR(20)), '-', CAST(st.person_id AS NVARCHAR(20))),
        CAST(st.person_id AS NVARCHAR(48)),
        rf.referral_id,
        st.start_date,
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(se.seen AS NVARCHAR(4000))))) IN (N'Y', N'N') THEN se.seen END,
        st.auth_date,
        CONCAT('{"NFA_FLAG": "', CASE WHEN a.nfa = 1 AND a.further = 0 THEN 'Y' ELSE 'N' END,
               '", "FURTHER_INTERVENTION_FLAG": "', CASE WHEN a.further = 1 THEN 'Y' ELSE 'N' END, '"}'),
        CASE WHEN a.nfa = 1 AND a.further = 0 THEN 'Y' ELSE 'N' END,
        CAST(st.team_id AS NVARCHAR(48)),
        CAST(st.worker_id AS NVARCHAR(100))
    FROM steps st
    LEFT JOIN referrals rf ON rf.step_id = st.step_id AND rf.person_id = st.person_id
    LEFT JOIN seen se ON se.step_id = st.step_id AND se.person_id = st.person_id
    LEFT JOIN actions a ON a.step_id = st.step_id AND a.person_id = st.person_id
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(st.person_id AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cin_assessments];
    INSERT INTO [ssd].[ssd_cin_assessments] ([cina_assessment_id], [cina_person_id], [cina_referral_id], [cina_assessment_start_date], [cina_assessment_child_seen], [cina_assessment_auth_date], [cina_assessment_outcome_json], [cina_assessment_outcome_nfa], [cina_assessment_team], [cina_assessment_worker_id])
    SELECT CASE WHEN LEN([cina_assessment_id]) > 48 THEN CONCAT(LEFT([cina_assessment_id], 47), N'…') ELSE [cina_assessment_id] END, CASE WHEN LEN([cina_person_id]) > 48 THEN CONCAT(LEFT([cina_person_id], 47), N'…') ELSE [cina_person_id] END, CASE WHEN LEN([cina_referral_id]) > 48 THEN CONCAT(LEFT([cina_referral_id], 47), N'…') ELSE [cina_referral_id] END, [cina_assessment_start_date], CASE WHEN LEN([cina_assessment_child_seen]) > 1 THEN CONCAT(LEFT([cina_assessment_child_seen], 0), N'…') ELSE [cina_assessment_child_seen] END, [cina_assessment_auth_date], CASE WHEN LEN([cina_assessment_outcome_json]) > 1000 THEN CONCAT(LEFT([cina_assessment_outcome_json], 999), N'…') ELSE [cina_assessment_outcome_json] END, CASE WHEN LEN([cina_assessment_outcome_nfa]) > 1 THEN CONCAT(LEFT([cina_assessment_outcome_nfa], 0), N'…') ELSE [cina_assessment_outcome_nfa] END, CASE WHEN LEN([cina_assessment_team]) > 48 THEN CONCAT(LEFT([cina_assessment_team], 47), N'…') ELSE [cina_assessment_team] END, CASE WHEN LEN([cina_assessment_worker_id]) > 100 THEN CONCAT(LEFT([cina_assessment_worker_id], 99), N'…') ELSE [cina_assessment_worker_id] END FROM [#ssd_load_ssd_cin_assessments];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cin_assessments', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cina_assessment_id=', SUM(CASE WHEN LEN([cina_assessment_id]) > 48 THEN 1 ELSE 0 END)), N' cina_assessment_id=0'), NULLIF(CONCAT(N' cina_person_id=', SUM(CASE WHEN LEN([cina_person_id]) > 48 THEN 1 ELSE 0 END)), N' cina_person_id=0'), NULLIF(CONCAT(N' cina_referral_id=', SUM(CASE WHEN LEN([cina_referral_id]) > 48 THEN 1 ELSE 0 END)), N' cina_referral_id=0'), NULLIF(CONCAT(N' cina_assessment_child_seen=', SUM(CASE WHEN LEN([cina_assessment_child_seen]) > 1 THEN 1 ELSE 0 END)), N' cina_assessment_child_seen=0'), NULLIF(CONCAT(N' cina_assessment_outcome_json=', SUM(CASE WHEN LEN([cina_assessment_outcome_json]) > 1000 THEN 1 ELSE 0 END)), N' cina_assessment_outcome_json=0'), NULLIF(CONCAT(N' cina_assessment_outcome_nfa=', SUM(CASE WHEN LEN([cina_assessment_outcome_nfa]) > 1 THEN 1 ELSE 0 END)), N' cina_assessment_outcome_nfa=0'), NULLIF(CONCAT(N' cina_assessment_team=', SUM(CASE WHEN LEN([cina_assessment_team]) > 48 THEN 1 ELSE 0 END)), N' cina_assessment_team=0'), NULLIF(CONCAT(N' cina_assessment_worker_id=', SUM(CASE WHEN LEN([cina_assessment_worker_id]) > 100 THEN 1 ELSE 0 END)), N' cina_assessment_worker_id=0')) FROM [#ssd_load_ssd_cin_assessments];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cin_assessments', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cin_assessments];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;

GO
