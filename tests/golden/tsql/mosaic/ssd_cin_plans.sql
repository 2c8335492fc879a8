
RAISERROR(N'refilling ssd_cin_plans', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cin_plans') IS NOT NULL DROP TABLE [#ssd_load_ssd_cin_plans];
    CREATE TABLE [#ssd_load_ssd_cin_plans] ([cinp_cin_plan_id] NVARCHAR(MAX), [cinp_referral_id] NVARCHAR(MAX), [cinp_person_id] NVARCHAR(MAX), [cinp_cin_plan_start_date] DATETIME, [cinp_cin_plan_end_date] DATETIME, [cinp_cin_plan_team] NVARCHAR(MAX), [cinp_cin_plan_worker_id] NVARCHAR(MAX));
    WITH plans AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               COALESCE(s.STARTED_ON, s.INCOMING_ON) AS start_date, s.COMPLETED_ON AS end_date,
               COALESCE(s.COMPLETED_ON, CAST(GETDATE() AS DATE)) AS as_at
        FROM [DM_WORKFLOW_STEPS] s
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(LTRIM(RTRIM(CAST(ss.SUBJECT_TYPE_CODE AS NVARCHAR(4000))))) = N'PER'
        WHERE s.WORKFLOW_STEP_TYPE_ID IN (325, 369, 463)
          AND UPPER(LTRIM(RTRIM(CAST(s.STEP_STATUS AS NVARCHAR(4000))))) IN (N'INCOMING', N'STARTED', N'REOPENED', N'COMPLETED')
          AND COALESCE(s.STARTED_ON, s.INCOMING_ON) <= CAST(GETDATE() AS DATE) AND (s.COMPLETED_ON IS NULL OR s.COMPLETED_ON >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),
    workers AS (
        -- the latest allocation on the day, with that worker's role organisation on the same day
        SELECT p.step_id, p.person_id, aw.WORKER_ID AS worker_id, wr.ORGANISATION_ID AS team_id,
               ROW_NUMBER() OVER (PARTITION BY p.step_id, p.person_id
                                  ORDER BY aw.START_DATE DESC, aw.ALLOCATION_ID DESC, wr.START_DATE DESC, wr.WORKER_ROLE_ID DESC) AS rn
        FROM plans p
        JOIN [dm_ALLOCATED_WORKERS] aw
          ON aw.PERSON_ID = p.person_id AND aw.START_DATE <= p.as_at AND (aw.END_DATE IS NULL OR aw.END_DATE >= p.as_at)
        LEFT JOIN [dm_worker_roles] wr
               ON wr.WORKER_ID = aw.WORKER_ID AND wr.START_DATE <= p.as_at AND (wr.END_DATE IS NULL OR wr.END_DATE >= p.as_at)
    ),
    referrals AS (
        SELECT chosen.step_id, chosen.person_id, chosen.referral_id
        FROM (
            SELECT ev.step_id, ev.person_id, CONCAT(CAST(ref.REFERRAL_ID AS NVARCHAR(20)), '-', CAST(ref.PERSON_ID AS NVARCHAR(20))) AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.step_id, ev.person_id ORDER BY ref.REFERRAL_DATE DESC, ref.REFERRAL_ID DESC) AS pick
            FROM plans ev
            JOIN [dm_cin_referrals] ref
                ON ref.PERSON_ID = ev.person_id AND ref.REFERRAL_DATE <= ev.start_date AND (ref.CLOSURE_DATE IS NULL OR ref.CLOSURE_DATE >= ev.start_date)
        ) chosen
        WHERE chosen.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_cin_plans] ([cinp_cin_plan_id], [cinp_referral_id], [cinp_person_id], [cinp_cin_plan_start_date], [cinp_cin_plan_end_date], [cinp_cin_plan_team], [cinp_cin_plan_worker_id])
    SELECT
        CONCAT(CAST(p.step_id AS NVARCHAR(20)), '-', CAST(p.person_id AS NVARCHAR(20))),
        rf.referral_id,
        CAST(p.person_id AS NVARCHAR(48)),
        p.start_date,
        p.end_date,
        CAST(w.team_id AS NVARCHAR(48)),
        CAST(w.worker_id AS NVARCHAR(100))
    FROM plans p
    LEFT JOIN workers w ON w.step_id = p.step_id AND w.person_id = p.person_id AND w.rn = 1
    LEFT JOIN referrals rf ON rf.step_id = p.step_id AND rf.person_id = p.person_id
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(p.person_id AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cin_plans];
    INSERT INTO [ssd].[ssd_cin_plans] ([cinp_cin_plan_id], [cinp_referral_id], [cinp_person_id], [cinp_cin_plan_start_date], [cinp_cin_plan_end_date], [cinp_cin_plan_team], [cinp_cin_plan_worker_id])
    SELECT CASE WHEN LEN([cinp_cin_plan_id]) > 48 THEN CONCAT(LEFT([cinp_cin_plan_id], 47), N'…') ELSE [cinp_cin_plan_id] END, CASE WHEN LEN([cinp_referral_id]) > 48 THEN CONCAT(LEFT([cinp_referral_id], 47), N'…') ELSE [cinp_referral_id] END, CASE WHEN LEN([cinp_person_id]) > 48 THEN CONCAT(LEFT([cinp_person_id], 47), N'…') ELSE [cinp_person_id] END, [cinp_cin_plan_start_date], [cinp_cin_plan_end_date], CASE WHEN LEN([cinp_cin_plan_team]) > 48 THEN CONCAT(LEFT([cinp_cin_plan_team], 47), N'…') ELSE [cinp_cin_plan_team] END, CASE WHEN LEN([cinp_cin_plan_worker_id]) > 100 THEN CONCAT(LEFT([cinp_cin_plan_worker_id], 99), N'…') ELSE [cinp_cin_plan_worker_id] END FROM [#ssd_load_ssd_cin_plans];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cin_plans', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cinp_cin_plan_id=', SUM(CASE WHEN LEN([cinp_cin_plan_id]) > 48 THEN 1 ELSE 0 END)), N' cinp_cin_plan_id=0'), NULLIF(CONCAT(N' cinp_referral_id=', SUM(CASE WHEN LEN([cinp_referral_id]) > 48 THEN 1 ELSE 0 END)), N' cinp_referral_id=0'), NULLIF(CONCAT(N' cinp_person_id=', SUM(CASE WHEN LEN([cinp_person_id]) > 48 THEN 1 ELSE 0 END)), N' cinp_person_id=0'), NULLIF(CONCAT(N' cinp_cin_plan_team=', SUM(CASE WHEN LEN([cinp_cin_plan_team]) > 48 THEN 1 ELSE 0 END)), N' cinp_cin_plan_team=0'), NULLIF(CONCAT(N' cinp_cin_plan_worker_id=', SUM(CASE WHEN LEN([cinp_cin_plan_worker_id]) > 100 THEN 1 ELSE 0 END)), N' cinp_cin_plan_worker_id=0')) FROM [#ssd_load_ssd_cin_plans];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cin_plans', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cin_plans];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;

GO
