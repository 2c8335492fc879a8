RAISERROR(N'refilling ssd_involvements', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_involvements') IS NOT NULL DROP TABLE [#ssd_load_ssd_involvements];
    CREATE TABLE [#ssd_load_ssd_involvements] ([invo_involvements_id] NVARCHAR(MAX), [invo_professional_id] NVARCHAR(MAX), [invo_professional_role_id] NVARCHAR(MAX), [invo_professional_team] NVARCHAR(MAX), [invo_person_id] NVARCHAR(MAX), [invo_involvement_start_date] DATETIME, [invo_involvement_end_date] DATETIME, [invo_worker_change_reason] NVARCHAR(MAX), [invo_referral_id] NVARCHAR(MAX));
    WITH involvements AS (
        SELECT rp.PERSONRELATIONSHIPRECORDID AS event_key, rp.PERSONID AS person_id, rp.STARTDATE AS event_date,
            rp.PROFESSIONALRELATIONSHIPPERSONID AS professional_id, rp.CLOSEDATE AS end_date,
            rp.STARTREASONCODE AS reason_code,
            CASE WHEN UPPER(LTRIM(RTRIM(CAST(rp.ALLOCATEDWORKERCODE AS NVARCHAR(4000))))) = N'AW'
                THEN N'CW' ELSE rp.RELATIONSHIPCLASSCODE END AS role_code
        FROM [RELATIONSHIPPROFESSIONALVIEW] rp
        WHERE (rp.CLOSEDATE IS NULL OR rp.CLOSEDATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
            AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(rp.PERSONID AS NVARCHAR(48)))
    ),
    teams AS (
        SELECT chosen.event_key, chosen.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS NVARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM involvements ev
            JOIN [PERSONORGRELATIONSHIPVIEW] tm
                ON tm.PERSONID = ev.person_id AND UPPER(LTRIM(RTRIM(CAST(tm.ALLOCATEDTEAMCODE AS NVARCHAR(4000))))) = N'AT' AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    referrals AS (
        SELECT chosen.event_key, chosen.referral_id
        FROM (
            SELECT ev.event_key, ref.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ref.cine_referral_date DESC, ref.cine_referral_id DESC) AS pick
            FROM involvements ev
            JOIN [ssd].[ssd_cin_episodes] ref
                ON ref.cine_person_id = CAST(ev.person_id AS NVARCHAR(48)) AND ref.cine_referral_date <= ev.event_date
        ) chosen
        WHERE chosen.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_involvements] ([invo_involvements_id], [invo_professional_id], [invo_professional_role_id], [invo_professional_team], [invo_person_id], [invo_involvement_start_date], [invo_involvement_end_date], [invo_worker_change_reason], [invo_referral_id])
    SELECT
        CAST(i.event_key AS NVARCHAR(48)),
        CAST(i.professional_id AS NVARCHAR(48)),
        LEFT(i.role_code, 200),
        t.team_id,
        CAST(i.person_id AS NVARCHAR(48)),
        i.event_date,
        i.end_date,
        LEFT(i.reason_code, 200),
        r.referral_id
    FROM involvements i
    LEFT JOIN teams t ON t.event_key = i.event_key
    LEFT JOIN referrals r ON r.event_key = i.event_key;
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
