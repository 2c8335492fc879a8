RAISERROR(N'refilling ssd_involvements', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_involvements') IS NOT NULL DROP TABLE [#ssd_load_ssd_involvements];
    CREATE TABLE [#ssd_load_ssd_involvements] ([invo_involvements_id] NVARCHAR(MAX), [invo_professional_id] NVARCHAR(MAX), [invo_professional_role_id] NVARCHAR(MAX), [invo_professional_team] NVARCHAR(MAX), [invo_person_id] NVARCHAR(MAX), [invo_involvement_start_date] DATETIME, [invo_involvement_end_date] DATETIME, [invo_worker_change_reason] NVARCHAR(MAX), [invo_referral_id] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_involvements] ([invo_involvements_id], [invo_professional_id], [invo_professional_role_id], [invo_professional_team], [invo_person_id], [invo_involvement_start_date], [invo_involvement_end_date], [invo_worker_change_reason], [invo_referral_id])
    SELECT
        CAST(i.FACT_INVOLVEMENTS_ID AS NVARCHAR(48)),
        CAST(NULLIF(i.DIM_WORKER_ID, -1) AS NVARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(i.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE)), 200), ''),
        CASE
            WHEN i.DIM_DEPARTMENT_ID IS NOT NULL AND i.DIM_DEPARTMENT_ID <> -1 THEN CAST(i.DIM_DEPARTMENT_ID AS NVARCHAR(48))
            ELSE CAST(NULLIF(i.FACT_WORKER_HISTORY_DEPARTMENT_ID, -1) AS NVARCHAR(48))
        END,
        CAST(i.DIM_PERSON_ID AS NVARCHAR(48)),
        i.START_DTTM,
        i.END_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(i.DIM_LOOKUP_CWREASON_CODE)), 200), ''),
        CAST(NULLIF(i.FACT_REFERRAL_ID, -1) AS NVARCHAR(48))
    FROM [HDM].[Child_Social].[FACT_INVOLVEMENTS] i
    WHERE i.DIM_PERSON_ID <> -1
        AND (i.END_DTTM IS NULL OR i.END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(i.DIM_PERSON_ID AS NVARCHAR(48)));
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
