RAISERROR(N'refilling ssd_cin_plans', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cin_plans') IS NOT NULL DROP TABLE [#ssd_load_ssd_cin_plans];
    CREATE TABLE [#ssd_load_ssd_cin_plans] ([cinp_cin_plan_id] NVARCHAR(MAX), [cinp_referral_id] NVARCHAR(MAX), [cinp_person_id] NVARCHAR(MAX), [cinp_cin_plan_start_date] DATETIME, [cinp_cin_plan_end_date] DATETIME, [cinp_cin_plan_team] NVARCHAR(MAX), [cinp_cin_plan_worker_id] NVARCHAR(MAX));
    WITH merge_rows AS (
        SELECT c.PERSONID AS person_id, CAST(c.CLASSIFICATIONASSIGNMENTID AS NVARCHAR(48)) AS row_key,
                c.STARTDATE AS start_date, c.ENDDATE AS end_date, c.ENDREASON AS end_reason
            FROM [CLASSIFICATIONPERSONVIEW] c
            WHERE (c.CLASSIFICATIONPATHID IN (4) OR c.CLASSIFICATIONCODEID IN (1270))
                AND (c.STATUS IS NULL OR NOT UPPER(LTRIM(RTRIM(CAST(c.STATUS AS NVARCHAR(4000))))) = N'DELETED') AND c.STARTDATE IS NOT NULL
                AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(c.PERSONID AS NVARCHAR(48)))
    ),
    merge_marked AS (
        SELECT mr.person_id, mr.row_key, mr.start_date, mr.end_date, mr.end_reason,
            COALESCE(mr.end_date, CAST(GETDATE() AS DATE)) AS end_or_today,
            CASE WHEN MAX(COALESCE(mr.end_date, CAST(GETDATE() AS DATE))) OVER (PARTITION BY mr.person_id
                    ORDER BY mr.start_date, mr.row_key ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                    >= DATEADD(DAY, 0, mr.start_date) THEN 0 ELSE 1 END AS is_new
        FROM merge_rows mr
    ),
    merge_grouped AS (
        SELECT mm.person_id, mm.row_key, mm.start_date, mm.end_date, mm.end_reason, mm.end_or_today,
            SUM(mm.is_new) OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS episode_no,
            mm.is_new,
            ROW_NUMBER() OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key) AS row_no
        FROM merge_marked mm
    ),
    merge_last AS (
        SELECT mg.person_id, mg.row_key, mg.start_date, mg.end_date, mg.end_reason, mg.episode_no, mg.is_new,
            ROW_NUMBER() OVER (PARTITION BY mg.person_id, mg.episode_no
                ORDER BY mg.end_or_today DESC, CASE WHEN mg.end_date IS NULL THEN 0 ELSE 1 END, mg.row_no DESC) AS last_no
        FROM merge_grouped mg
    ),episodes AS (
        SELECT ml.person_id,
            MAX(CASE WHEN ml.is_new = 1 THEN ml.row_key END) AS episode_key,
            MIN(ml.start_date) AS episode_start,
            CASE WHEN MAX(CASE WHEN ml.end_date IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(ml.end_date) END AS episode_end,
            MAX(CASE WHEN ml.last_no = 1 THEN ml.end_reason END) AS close_reason
        FROM merge_last ml
        GROUP BY ml.person_id, ml.episode_no
    ),
    plans AS (
        SELECT ep.episode_key AS event_key, ep.person_id, ep.episode_start AS event_date, ep.episode_end
        FROM episodes ep
        WHERE (ep.episode_end IS NULL OR ep.episode_end >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),
    referrals AS (
        SELECT chosen.event_key, chosen.referral_id
        FROM (
            SELECT ev.event_key, ref.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ref.cine_referral_date DESC, ref.cine_referral_id DESC) AS pick
            FROM plans ev
            JOIN [ssd].[ssd_cin_episodes] ref
                ON ref.cine_person_id = CAST(ev.person_id AS NVARCHAR(48)) AND ref.cine_referral_date <= ev.event_date
        ) chosen
        WHERE chosen.pick = 1
    ),
    teams AS (
        SELECT chosen.event_key, chosen.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS NVARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM plans ev
            JOIN [PERSONORGRELATIONSHIPVIEW] tm
                ON tm.PERSONID = ev.person_id AND UPPER(LTRIM(RTRIM(CAST(tm.ALLOCATEDTEAMCODE AS NVARCHAR(4000))))) = N'AT' AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    workers AS (
        SELECT chosen.event_key, chosen.worker_id
        FROM (
            SELECT ev.event_key, CAST(aw.PROFESSIONALRELATIONSHIPPERSONID AS NVARCHAR(48)) AS worker_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY aw.STARTDATE DESC, aw.PERSONRELATIONSHIPRECORDID DESC) AS pick
            FROM plans ev
            JOIN [RELATIONSHIPPROFESSIONALVIEW] aw
                ON aw.PERSONID = ev.person_id AND UPPER(LTRIM(RTRIM(CAST(aw.ALLOCATEDWORKERCODE AS NVARCHAR(4000))))) = N'AW' AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_cin_plans] ([cinp_cin_plan_id], [cinp_referral_id], [cinp_person_id], [cinp_cin_plan_start_date], [cinp_cin_plan_end_date], [cinp_cin_plan_team], [cinp_cin_plan_worker_id])
    SELECT
        p.event_key,
        r.referral_id,
        CAST(p.person_id AS NVARCHAR(48)),
        p.event_date,
        p.episode_end,
        t.team_id,
        w.worker_id
    FROM plans p
    LEFT JOIN referrals r ON r.event_key = p.event_key
    LEFT JOIN teams t ON t.event_key = p.event_key
    LEFT JOIN workers w ON w.event_key = p.event_key;
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
