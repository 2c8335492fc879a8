
RAISERROR(N'refilling ssd_early_help_episodes', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_early_help_episodes') IS NOT NULL DROP TABLE [#ssd_load_ssd_early_help_episodes];
    CREATE TABLE [#ssd_load_ssd_early_help_episodes] ([earl_episode_id] NVARCHAR(MAX), [earl_person_id] NVARCHAR(MAX), [earl_episode_start_date] DATETIME, [earl_episode_end_date] DATETIME, [earl_episode_reason] NVARCHAR(MAX), [earl_episode_end_reason] NVARCHAR(MAX), [earl_episode_organisation] NVARCHAR(MAX), [earl_episode_worker_id] NVARCHAR(MAX));
    WITH linked AS (
        -- the steps a live early help step links to, once each: a hash join below, not a search of the links per step
        SELECT DISTINCT wl.TARGET_STEP_ID AS step_id
        FROM [dm_workflow_links] wl
        JOIN [DM_WORKFLOW_STEPS] ps ON ps.WORKFLOW_STEP_ID = wl.SOURCE_STEP_ID
        WHERE ps.WORKFLOW_STEP_TYPE_ID IN (1208, 1211, 1212, 1214, 1217)
          AND UPPER(LTRIM(RTRIM(CAST(ps.STEP_STATUS AS NVARCHAR(4000))))) IN (N'INCOMING', N'STARTED', N'REOPENED', N'COMPLETED')
    ),
    eh_steps AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               CAST(CASE WHEN s.STARTED_ON IS NULL OR s.INCOMING_ON < s.STARTED_ON THEN s.INCOMING_ON ELSE s.STARTED_ON END AS DATE) AS start_date,
               CAST(s.COMPLETED_ON AS DATE) AS completed_on,
               CASE WHEN lk.step_id IS NULL THEN 1 ELSE 0 END AS opens
        FROM [DM_WORKFLOW_STEPS] s
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(LTRIM(RTRIM(CAST(ss.SUBJECT_TYPE_CODE AS NVARCHAR(4000))))) = N'PER'
        LEFT JOIN linked lk ON lk.step_id = s.WORKFLOW_STEP_ID
        WHERE s.WORKFLOW_STEP_TYPE_ID IN (1208, 1211, 1212, 1214, 1217)
          AND UPPER(LTRIM(RTRIM(CAST(s.STEP_STATUS AS NVARCHAR(4000))))) IN (N'INCOMING', N'STARTED', N'REOPENED', N'COMPLETED')
          AND COALESCE(s.STARTED_ON, s.INCOMING_ON) IS NOT NULL
    ),
    grouped AS (
        SELECT e.step_id, e.person_id, e.start_date, e.completed_on, e.opens,
               SUM(e.opens) OVER (PARTITION BY e.person_id ORDER BY e.start_date, e.opens DESC, e.step_id
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS episode_no,
               ROW_NUMBER() OVER (PARTITION BY e.person_id ORDER BY e.completed_on DESC, e.step_id DESC) AS completed_rank
        FROM eh_steps e
    ),
    episodes AS (
        -- episode_no 0: steps before the person's first opener (a link from a step dated later); no episode
        SELECT g.person_id,
               MAX(CASE WHEN g.opens = 1 THEN g.step_id END) AS opener_id,
               MIN(g.start_date) AS start_date,
               CASE WHEN MAX(CASE WHEN g.completed_on IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(g.completed_on) END AS end_date,
               MIN(CASE WHEN g.completed_on IS NOT NULL THEN g.completed_rank END) AS closer_rank
        FROM grouped g
        WHERE g.episode_no > 0
        GROUP BY g.person_id, g.episode_no
    ),
    chosen AS (
        SELECT ep.person_id, ep.opener_id, ep.start_date, ep.end_date,
               CASE WHEN ep.end_date IS NOT NULL THEN cl.step_id END AS closer_id,
               COALESCE(ep.end_date, CAST(GETDATE() AS DATE)) AS end_or_today
        FROM episodes ep
        LEFT JOIN grouped cl ON cl.person_id = ep.person_id AND cl.completed_rank = ep.closer_rank
        WHERE ep.start_date <= CAST(GETDATE() AS DATE) AND (ep.end_date IS NULL OR ep.end_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
          AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(ep.person_id AS NVARCHAR(48)))
    ),
    questions AS (
        SELECT q.code, CASE WHEN UPPER(LTRIM(RTRIM(CAST(q.code AS NVARCHAR(4000))))) IN (N'REASON_FOR_EH_EPISODE') THEN 1 ELSE 0 END AS is_reason, CASE WHEN UPPER(LTRIM(RTRIM(CAST(q.code AS NVARCHAR(4000))))) IN (N'E04EA8D8-E6C0-465C-87C1-10C4AD1E18C7') THEN 1 ELSE 0 END AS is_closure
        FROM (SELECT DISTINCT fq.QUESTION_USER_CODE AS code FROM [dm_cached_form_answers] fq) q
        WHERE UPPER(LTRIM(RTRIM(CAST(q.code AS NVARCHAR(4000))))) IN (N'REASON_FOR_EH_EPISODE') OR UPPER(LTRIM(RTRIM(CAST(q.code AS NVARCHAR(4000))))) IN (N'E04EA8D8-E6C0-465C-87C1-10C4AD1E18C7')
    ),
    answers AS (
        -- one answer per step, subject and question group; subject <= 0 answers for the whole step
        SELECT fa.WORKFLOW_STEP_ID AS step_id,
               CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
               MAX(CASE WHEN qc.is_reason = 1 THEN LEFT(LTRIM(RTRIM(fa.TEXT_ANSWER)), 4000) END) AS reason,
               MAX(CASE WHEN qc.is_closure = 1 THEN LEFT(LTRIM(RTRIM(fa.TEXT_ANSWER)), 4000) END) AS end_reason
        FROM [dm_cached_form_answers] fa
        JOIN questions qc ON qc.code = fa.QUESTION_USER_CODE
        GROUP BY fa.WORKFLOW_STEP_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
    ),
    workers AS (
        SELECT chosen.opener_id, chosen.person_id, chosen.worker_id, chosen.as_at
        FROM (
            SELECT ev.opener_id, ev.person_id, pr.WORKER_ID AS worker_id, CASE WHEN pr.END_DATE IS NOT NULL AND pr.END_DATE < ev.end_or_today THEN pr.END_DATE ELSE ev.end_or_today END AS as_at,
                ROW_NUMBER() OVER (PARTITION BY ev.opener_id, ev.person_id ORDER BY pr.START_DATE DESC, pr.PROF_RELATIONSHIP_ID DESC) AS pick
            FROM chosen ev
            JOIN [dm_prof_relationships] pr
                ON pr.PERSON_ID = ev.person_id AND UPPER(LTRIM(RTRIM(CAST(pr.PROF_REL_TYPE_CODE AS NVARCHAR(4000))))) IN (N'REL.IEYSF')
            AND pr.START_DATE <= ev.end_or_today AND (pr.END_DATE IS NULL OR pr.END_DATE >= ev.start_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    organisations AS (
        SELECT chosen.opener_id, chosen.person_id, chosen.organisation_id
        FROM (
            SELECT ev.opener_id, ev.person_id, wr.ORGANISATION_ID AS organisation_id,
                ROW_NUMBER() OVER (PARTITION BY ev.opener_id, ev.person_id ORDER BY wr.START_DATE DESC, wr.WORKER_ROLE_ID DESC) AS pick
            FROM workers ev
            JOIN [dm_worker_roles] wr
                ON wr.WORKER_ID = ev.worker_id AND wr.START_DATE <= ev.as_at AND (wr.END_DATE IS NULL OR wr.END_DATE >= ev.as_at)
        ) chosen
        WHERE chosen.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_early_help_episodes] ([earl_episode_id], [earl_person_id], [earl_episode_start_date], [earl_episode_end_date], [earl_episode_reason], [earl_episode_end_reason], [earl_episode_organisation], [earl_episode_worker_id])
    SELECT
        CONCAT(CAST(c.opener_id AS NVARCHAR(20)), '-', CAST(c.person_id AS NVARCHAR(20))),
        CAST(c.person_id AS NVARCHAR(48)),
        c.start_date,
        c.end_date,
        COALESCE(ra.reason, ra_all.reason),
        COALESCE(xa.end_reason, xa_all.end_reason),
        CAST(o.organisation_id AS NVARCHAR(48)),
        CAST(w.worker_id AS NVARCHAR(100))
    FROM chosen c
    LEFT JOIN answers ra ON ra.step_id = c.opener_id AND ra.subject = c.person_id
    LEFT JOIN answers ra_all ON ra_all.step_id = c.opener_id AND ra_all.subject = 0
    LEFT JOIN answers xa ON xa.step_id = c.closer_id AND xa.subject = c.person_id
    LEFT JOIN answers xa_all ON xa_all.step_id = c.closer_id AND xa_all.subject = 0
    LEFT JOIN workers w ON w.opener_id = c.opener_id AND w.person_id = c.person_id
    LEFT JOIN organisations o ON o.opener_id = c.opener_id AND o.person_id = c.person_id;
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_early_help_episodes];
    INSERT INTO [ssd].[ssd_early_help_episodes] ([earl_episode_id], [earl_person_id], [earl_episode_start_date], [earl_episode_end_date], [earl_episode_reason], [earl_episode_end_reason], [earl_episode_organisation], [earl_episode_worker_id])
    SELECT CASE WHEN LEN([earl_episode_id]) > 48 THEN CONCAT(LEFT([earl_episode_id], 47), N'…') ELSE [earl_episode_id] END, CASE WHEN LEN([earl_person_id]) > 48 THEN CONCAT(LEFT([earl_person_id], 47), N'…') ELSE [earl_person_id] END, [earl_episode_start_date], [earl_episode_end_date], [earl_episode_reason], [earl_episode_end_reason], [earl_episode_organisation], CASE WHEN LEN([earl_episode_worker_id]) > 100 THEN CONCAT(LEFT([earl_episode_worker_id], 99), N'…') ELSE [earl_episode_worker_id] END FROM [#ssd_load_ssd_early_help_episodes];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_early_help_episodes', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' earl_episode_id=', SUM(CASE WHEN LEN([earl_episode_id]) > 48 THEN 1 ELSE 0 END)), N' earl_episode_id=0'), NULLIF(CONCAT(N' earl_person_id=', SUM(CASE WHEN LEN([earl_person_id]) > 48 THEN 1 ELSE 0 END)), N' earl_person_id=0'), NULLIF(CONCAT(N' earl_episode_worker_id=', SUM(CASE WHEN LEN([earl_episode_worker_id]) > 100 THEN 1 ELSE 0 END)), N' earl_episode_worker_id=0')) FROM [#ssd_load_ssd_early_help_episodes];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_early_help_episodes', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_early_help_episodes];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
