RAISERROR(N'refilling ssd_cp_plans', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cp_plans') IS NOT NULL DROP TABLE [#ssd_load_ssd_cp_plans];
    CREATE TABLE [#ssd_load_ssd_cp_plans] ([cppl_cp_plan_id] NVARCHAR(MAX), [cppl_referral_id] NVARCHAR(MAX), [cppl_icpc_id] NVARCHAR(MAX), [cppl_person_id] NVARCHAR(MAX), [cppl_cp_plan_start_date] DATETIME, [cppl_cp_plan_end_date] DATETIME, [cppl_cp_plan_ola] NVARCHAR(MAX), [cppl_cp_plan_initial_category] NVARCHAR(MAX), [cppl_cp_plan_latest_category] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_cp_plans] ([cppl_cp_plan_id], [cppl_referral_id], [cppl_icpc_id], [cppl_person_id], [cppl_cp_plan_start_date], [cppl_cp_plan_end_date], [cppl_cp_plan_ola], [cppl_cp_plan_initial_category], [cppl_cp_plan_latest_category])
    SELECT
        CAST(cp.FACT_CP_PLAN_ID AS NVARCHAR(48)),
        CAST(NULLIF(cp.FACT_REFERRAL_ID, -1) AS NVARCHAR(48)),
        CAST(NULLIF(cp.FACT_INITIAL_CP_CONFERENCE_ID, -1) AS NVARCHAR(48)),
        CAST(cp.DIM_PERSON_ID AS NVARCHAR(48)),
        cp.START_DTTM,
        cp.END_DTTM,
        LEFT(cp.IS_OLA, 1),
        LEFT(cp.INIT_CATEGORY_DESC, 100),
        LEFT(cp.CP_CATEGORY_DESC, 100)
    FROM [HDM].[Child_Social].[FACT_CP_PLAN] cp
    WHERE cp.DIM_PERSON_ID <> -1
        AND (cp.END_DTTM IS NULL OR cp.END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(cp.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cp_plans];
    INSERT INTO [ssd].[ssd_cp_plans] ([cppl_cp_plan_id], [cppl_referral_id], [cppl_icpc_id], [cppl_person_id], [cppl_cp_plan_start_date], [cppl_cp_plan_end_date], [cppl_cp_plan_ola], [cppl_cp_plan_initial_category], [cppl_cp_plan_latest_category])
    SELECT CASE WHEN LEN([cppl_cp_plan_id]) > 48 THEN CONCAT(LEFT([cppl_cp_plan_id], 47), N'…') ELSE [cppl_cp_plan_id] END, CASE WHEN LEN([cppl_referral_id]) > 48 THEN CONCAT(LEFT([cppl_referral_id], 47), N'…') ELSE [cppl_referral_id] END, CASE WHEN LEN([cppl_icpc_id]) > 48 THEN CONCAT(LEFT([cppl_icpc_id], 47), N'…') ELSE [cppl_icpc_id] END, CASE WHEN LEN([cppl_person_id]) > 48 THEN CONCAT(LEFT([cppl_person_id], 47), N'…') ELSE [cppl_person_id] END, [cppl_cp_plan_start_date], [cppl_cp_plan_end_date], CASE WHEN LEN([cppl_cp_plan_ola]) > 1 THEN CONCAT(LEFT([cppl_cp_plan_ola], 0), N'…') ELSE [cppl_cp_plan_ola] END, CASE WHEN LEN([cppl_cp_plan_initial_category]) > 100 THEN CONCAT(LEFT([cppl_cp_plan_initial_category], 99), N'…') ELSE [cppl_cp_plan_initial_category] END, CASE WHEN LEN([cppl_cp_plan_latest_category]) > 100 THEN CONCAT(LEFT([cppl_cp_plan_latest_category], 99), N'…') ELSE [cppl_cp_plan_latest_category] END FROM [#ssd_load_ssd_cp_plans];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cp_plans', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cppl_cp_plan_id=', SUM(CASE WHEN LEN([cppl_cp_plan_id]) > 48 THEN 1 ELSE 0 END)), N' cppl_cp_plan_id=0'), NULLIF(CONCAT(N' cppl_referral_id=', SUM(CASE WHEN LEN([cppl_referral_id]) > 48 THEN 1 ELSE 0 END)), N' cppl_referral_id=0'), NULLIF(CONCAT(N' cppl_icpc_id=', SUM(CASE WHEN LEN([cppl_icpc_id]) > 48 THEN 1 ELSE 0 END)), N' cppl_icpc_id=0'), NULLIF(CONCAT(N' cppl_person_id=', SUM(CASE WHEN LEN([cppl_person_id]) > 48 THEN 1 ELSE 0 END)), N' cppl_person_id=0'), NULLIF(CONCAT(N' cppl_cp_plan_ola=', SUM(CASE WHEN LEN([cppl_cp_plan_ola]) > 1 THEN 1 ELSE 0 END)), N' cppl_cp_plan_ola=0'), NULLIF(CONCAT(N' cppl_cp_plan_initial_category=', SUM(CASE WHEN LEN([cppl_cp_plan_initial_category]) > 100 THEN 1 ELSE 0 END)), N' cppl_cp_plan_initial_category=0'), NULLIF(CONCAT(N' cppl_cp_plan_latest_category=', SUM(CASE WHEN LEN([cppl_cp_plan_latest_category]) > 100 THEN 1 ELSE 0 END)), N' cppl_cp_plan_latest_category=0')) FROM [#ssd_load_ssd_cp_plans];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cp_plans', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cp_plans];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
