RAISERROR(N'refilling ssd_cin_plans', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cin_plans') IS NOT NULL DROP TABLE [#ssd_load_ssd_cin_plans];
    CREATE TABLE [#ssd_load_ssd_cin_plans] ([cinp_cin_plan_id] NVARCHAR(MAX), [cinp_referral_id] NVARCHAR(MAX), [cinp_person_id] NVARCHAR(MAX), [cinp_cin_plan_start_date] DATETIME, [cinp_cin_plan_end_date] DATETIME, [cinp_cin_plan_team] NVARCHAR(MAX), [cinp_cin_plan_worker_id] NVARCHAR(MAX));
    WITH coordinators AS (
        SELECT fp.FACT_CARE_PLAN_SUMMARY_ID,
               MAX(NULLIF(fp.DIM_PLAN_COORD_DEPT_ID, -1)) AS team_id,
               MAX(NULLIF(fp.DIM_PLAN_COORD_ID, -1)) AS worker_id
        FROM [HDM].[Child_Social].[FACT_CARE_PLANS] fp
        GROUP BY fp.FACT_CARE_PLAN_SUMMARY_ID
    )
    INSERT INTO [#ssd_load_ssd_cin_plans] ([cinp_cin_plan_id], [cinp_referral_id], [cinp_person_id], [cinp_cin_plan_start_date], [cinp_cin_plan_end_date], [cinp_cin_plan_team], [cinp_cin_plan_worker_id])
    SELECT
        CAST(cps.FACT_CARE_PLAN_SUMMARY_ID AS NVARCHAR(48)),
        CAST(NULLIF(cps.FACT_REFERRAL_ID, -1) AS NVARCHAR(48)),
        CAST(cps.DIM_PERSON_ID AS NVARCHAR(48)),
        cps.START_DTTM,
        cps.END_DTTM,
        CAST(co.team_id AS NVARCHAR(48)),
        CAST(co.worker_id AS NVARCHAR(100))
    FROM [HDM].[Child_Social].[FACT_CARE_PLAN_SUMMARY] cps
    LEFT JOIN coordinators co ON co.FACT_CARE_PLAN_SUMMARY_ID = cps.FACT_CARE_PLAN_SUMMARY_ID
    WHERE cps.DIM_PERSON_ID <> -1
        AND UPPER(LTRIM(RTRIM(CAST(cps.DIM_LOOKUP_PLAN_TYPE_CODE AS NVARCHAR(4000))))) = N'FP'
        AND UPPER(COALESCE(cps.DIM_LOOKUP_PLAN_STATUS_ID_CODE, '')) <> 'Z'
        AND (cps.END_DTTM IS NULL OR cps.END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(cps.DIM_PERSON_ID AS NVARCHAR(48)));
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
