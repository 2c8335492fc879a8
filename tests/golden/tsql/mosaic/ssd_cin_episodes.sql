RAISERROR(N'refilling ssd_cin_episodes', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cin_episodes') IS NOT NULL DROP TABLE [#ssd_load_ssd_cin_episodes];
    CREATE TABLE [#ssd_load_ssd_cin_episodes] ([cine_referral_id] NVARCHAR(MAX), [cine_person_id] NVARCHAR(MAX), [cine_referral_date] DATETIME, [cine_cin_primary_need_code] NVARCHAR(MAX), [cine_referral_source_code] NVARCHAR(MAX), [cine_referral_source_desc] NVARCHAR(MAX), [cine_referral_outcome_json] NVARCHAR(MAX), [cine_referral_nfa] NVARCHAR(MAX), [cine_close_reason] NVARCHAR(MAX), [cine_close_date] DATETIME, [cine_referral_team] NVARCHAR(MAX), [cine_referral_worker_id] NVARCHAR(MAX));
    WITH in_window AS (
        -- the referral steps this fill writes: need and next steps are worked out for these only
        SELECT wr.REFERRAL_ID AS referral_id
        FROM [dm_cin_referrals] wr
        WHERE wr.REFERRAL_DATE <= CAST(GETDATE() AS DATE) AND (wr.CLOSURE_DATE IS NULL OR wr.CLOSURE_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),
    need AS (
        -- primary need: the CIN need category of the service-user groups covering the referral date
        SELECT nr.REFERRAL_ID AS referral_id, nr.PERSON_ID AS person_id, MAX(gt.NEED_CODE_CATEGORY_CODE) AS need_code
        FROM [dm_cin_referrals] nr
        JOIN [DM_SERVICE_USER_GROUPS] g
          ON g.PERSON_ID = nr.PERSON_ID AND g.START_DATE <= nr.REFERRAL_DATE AND (g.END_DATE IS NULL OR g.END_DATE >= nr.REFERRAL_DATE)
        JOIN [DM_SERV_USER_GROUP_TYPES] gt ON gt.GROUP_TYPE = g.FULL_GROUP_TYPE
        WHERE gt.NEED_CODE_CATEGORY_CODE IS NOT NULL
          AND nr.REFERRAL_ID IN (SELECT iw.referral_id FROM in_window iw)
        GROUP BY nr.REFERRAL_ID, nr.PERSON_ID
    ),
    sources AS (
        SELECT cg.CATEGORY_CODE AS code, MAX(cg.CATEGORY_DESCRIPTION) AS description
        FROM [child_group_embedded_codes_vw] cg
        WHERE UPPER(LTRIM(RTRIM(CAST(cg.GROUP_NAME AS NVARCHAR(4000))))) = N'CHILD CIN REFERRAL SOURCE'
        GROUP BY cg.CATEGORY_CODE
    ),
    next_steps AS (
        -- the live steps the referral step led to, for the same child
        SELECT wl.SOURCE_STEP_ID AS step_id, tp.PERSON_ID AS person_id,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(ts.IS_CONTINUOUS_ASSESSMENT AS NVARCHAR(4000))))) = N'Y' THEN 1 ELSE 0 END) AS assessment,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(ts.IS_SECTION_47_ENQUIRY AS NVARCHAR(4000))))) = N'Y' OR ts.STRATEGY_DISCUSSION_DATE IS NOT NULL THEN 1 ELSE 0 END) AS strategy,
               COUNT(DISTINCT wl.TARGET_STEP_ID) AS outcomes
        FROM [dm_workflow_links] wl
        JOIN [DM_WORKFLOW_STEPS] ts ON ts.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        JOIN [dm_workflow_steps_people_vw] tp ON tp.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        WHERE UPPER(LTRIM(RTRIM(CAST(ts.STEP_STATUS AS NVARCHAR(4000))))) IN (N'INCOMING', N'STARTED', N'REOPENED', N'COMPLETED')
          AND wl.SOURCE_STEP_ID IN (SELECT iw.referral_id FROM in_window iw)
        GROUP BY wl.SOURCE_STEP_ID, tp.PERSON_ID
    )
    INSERT INTO [#ssd_load_ssd_cin_episodes] ([cine_referral_id], [cine_person_id], [cine_referral_date], [cine_cin_primary_need_code], [cine_referral_source_code], [cine_referral_source_desc], [cine_referral_outcome_json], [cine_referral_nfa], [cine_close_reason], [cine_close_date], [cine_referral_team], [cine_referral_worker_id])
    SELECT
        CONCAT(CAST(r.REFERRAL_ID AS NVARCHAR(20)), '-', CAST(r.PERSON_ID AS NVARCHAR(20))),
        CAST(r.PERSON_ID AS NVARCHAR(48)),
        r.REFERRAL_DATE,
        LEFT(n.need_code, 3),
        LEFT(LTRIM(RTRIM(r.SOURCE_OF_REFERRAL)), 48),
        LEFT(s.description, 255),
        CONCAT('{"SINGLE_ASSESSMENT_FLAG": "', CASE WHEN x.assessment = 1 THEN 'Y' ELSE 'N' END,
               '", "STRATEGY_DISCUSSION_FLAG": "', CASE WHEN x.strategy = 1 THEN 'Y' ELSE 'N' END,
               '", "NFA_FLAG": "', CASE WHEN r.NFA_DATE IS NOT NULL THEN 'Y' ELSE 'N' END,
               '", "NUMBER_OF_OUTCOMES": ', COALESCE(x.outcomes, 0), '}'),
        CASE WHEN r.NFA_DATE IS NOT NULL THEN 'Y' ELSE 'N' END,
        LEFT(LTRIM(RTRIM(r.CLOSURE_REASON)), 100),
        r.CLOSURE_DATE,
        CAST(stp.RESPONSIBLE_TEAM_ID AS NVARCHAR(48)),
        CAST(stp.ASSIGNEE_ID AS NVARCHAR(48))
    FROM [dm_cin_referrals] r
    LEFT JOIN [DM_WORKFLOW_STEPS] stp ON stp.WORKFLOW_STEP_ID = r.REFERRAL_ID
    LEFT JOIN need n ON n.referral_id = r.REFERRAL_ID AND n.person_id = r.PERSON_ID
    LEFT JOIN sources s ON s.code = r.SOURCE_OF_REFERRAL
    LEFT JOIN next_steps x ON x.step_id = r.REFERRAL_ID AND x.person_id = r.PERSON_ID
    WHERE r.REFERRAL_DATE <= CAST(GETDATE() AS DATE) AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(r.PERSON_ID AS NVARCHAR(48)));
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
