
RAISERROR(N'refilling ssd_involvements', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_involvements') IS NOT NULL DROP TABLE [#ssd_load_ssd_involvements];
    CREATE TABLE [#ssd_load_ssd_involvements] ([invo_involvements_id] NVARCHAR(MAX), [invo_professional_id] NVARCHAR(MAX), [invo_professional_role_id] NVARCHAR(MAX), [invo_professional_team] NVARCHAR(MAX), [invo_person_id] NVARCHAR(MAX), [invo_involvement_start_date] DATETIME, [invo_involvement_end_date] DATETIME, [invo_worker_change_reason] NVARCHAR(MAX), [invo_referral_id] NVARCHAR(MAX));
    WITH links AS (
        SELECT CONCAT('AW.', CAST(aw.ALLOCATION_ID AS NVARCHAR(20))) AS id, aw.WORKER_ID AS worker_id, 'CW' AS role,
               aw.PERSON_ID AS person_id, aw.START_DATE AS start_date, aw.END_DATE AS end_date, NULL AS reason
        FROM [dm_ALLOCATED_WORKERS] aw
        WHERE aw.START_DATE <= CAST(GETDATE() AS DATE) AND (aw.END_DATE IS NULL OR aw.END_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        UNION ALL
        SELECT CONCAT('PR.', CAST(pr.PROF_RELATIONSHIP_ID AS NVARCHAR(20))), pr.WORKER_ID,
               CASE WHEN 1 = 0 THEN 'CW' ELSE pr.PROF_REL_TYPE_CODE END,
               pr.PERSON_ID, pr.START_DATE, pr.END_DATE, pr.END_DATE_REASON
        FROM [dm_prof_relationships] pr
        WHERE pr.START_DATE <= CAST(GETDATE() AS DATE) AND (pr.END_DATE IS NULL OR pr.END_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),
    teams AS (
        SELECT chosen.id, chosen.team_id
        FROM (
            SELECT ev.id, wr.ORGANISATION_ID AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.id ORDER BY wr.START_DATE DESC, wr.WORKER_ROLE_ID DESC) AS pick
            FROM links ev
            JOIN [dm_worker_roles] wr
                ON wr.WORKER_ID = ev.worker_id AND wr.START_DATE <= ev.start_date AND (wr.END_DATE IS NULL OR wr.END_DATE >= ev.start_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    referrals AS (
        SELECT ev.id, CONCAT(CAST(MAX(ref.REFERRAL_ID) AS NVARCHAR(20)), '-', CAST(MAX(ref.PERSON_ID) AS NVARCHAR(20))) AS referral_id
        FROM links ev
        JOIN [dm_cin_referrals] ref
            ON ref.PERSON_ID = ev.person_id AND (ev.end_date IS NULL OR ref.REFERRAL_DATE <= ev.end_date) AND (ref.CLOSURE_DATE IS NULL OR ref.CLOSURE_DATE >= ev.start_date)
        GROUP BY ev.id
    )
    INSERT INTO [#ssd_load_ssd_involvements] ([invo_involvements_id], [invo_professional_id], [invo_professional_role_id], [invo_professional_team], [invo_person_id], [invo_involvement_start_date], [invo_involvement_end_date], [invo_worker_change_reason], [invo_referral_id])
    SELECT
        l.id,
        CAST(l.worker_id AS NVARCHAR(48)),
        LEFT(l.role, 200),
        CAST(t.team_id AS NVARCHAR(48)),
        CAST(l.person_id AS NVARCHAR(48)),
        l.start_date,
        l.end_date,
        LEFT(l.reason, 200),
        rf.referral_id
    FROM links l
    LEFT JOIN teams t ON t.id = l.id
    LEFT JOIN referrals rf ON rf.id = l.id
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(l.person_id AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_involvements];
    INSERT INTO [ssd].[ssd_involvements] ([invo_involvements_id], [invo_professional_id], [invo_professional_role_id], [invo_professional_team], [invo_person_id], [invo_involvement_start_date], [invo_involvement_end_date], [invo_worker_change_reason], [invo_referral_id])
    SELECT CASE WHEN LEN([invo_involvements_id]) > 48 THEN CONCAT(LEFT([invo_involvements_id], 47), N'…') ELSE [invo_involvements_id] END, CASE WHEN LEN([invo_professional_id]) > 48 THEN CONCAT(LEFT([invo_professional_id], 47), N'…') ELSE [invo_professional_id] END, CASE WHEN LEN([invo_professional_role_id]) > 200 THEN CONCAT(LEFT([invo_professional_role_id], 199), N'…') ELSE [invo_professional_role_id] END, CASE WHEN LEN([invo_professional_team]) > 48 THEN CONCAT(LEFT([invo_professional_team], 47), N'…') ELSE [invo_professional_team] END, CASE WHEN LEN([invo_person_id]) > 48 THEN CONCAT(LEFT([invo_person_id], 47), N'…') ELSE [invo_person_id] END, [invo_involvement_start_date], [invo_involvement_end_date], CASE WHEN LEN([invo_worker_change_reason]) > 200 THEN CONCAT(LEFT([invo_worker_change_reason], 199), N'…') ELSE [invo_worker_change_reason] END, CASE WHEN LEN([invo_referral_id]) > 48 THEN CONCAT(LEFT([invo_referral_id], 47), N'…') ELSE [invo_referral_id] END FROM [#ssd_load_ssd_involvements];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_involvements', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' invo_involvements_id=', SUM(CASE WHEN LEN([invo_involvements_id]) > 48 THEN 1 ELSE 0 END)), N' invo_involvements_id=0'), NULLIF(CONCAT(N' invo_professional_id=', SUM(CASE WHEN LEN([invo_professional_id]) > 48 THEN 1 ELSE 0 END)), N' invo_professional_id=0'), NULLIF(CONCAT(N' invo_professional_role_id=', SUM(CASE WHEN LEN([invo_professional_role_id]) > 200 THEN 1 ELSE 0 END)), N' invo_professional_role_id=0'), NULLIF(CONCAT(N' invo_professional_team=', SUM(CASE WHEN LEN([invo_professional_team]) > 48 THEN 1 ELSE 0 END)), N' invo_professional_team=0'), NULLIF(CONCAT(N' invo_person_id=', SUM(CASE WHEN LEN([invo_person_id]) > 48 THEN 1 ELSE 0 END)), N' invo_person_id=0'), NULLIF(CONCAT(N' invo_worker_change_reason=', SUM(CASE WHEN LEN([invo_worker_change_reason]) > 200 THEN 1 ELSE 0 END)), N' invo_worker_change_reason=0'), NULLIF(CONCAT(N' invo_referral_id=', SUM(CASE WHEN LEN([invo_referral_id]) > 48 THEN 1 ELSE 0 END)), N' invo_referral_id=0')) FROM [#ssd_load_ssd_involvements];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_involvements', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_involvements];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;

GO
