RAISERROR(N'refilling ssd_cp_plans', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cp_plans];
    INSERT INTO [ssd].[ssd_cp_plans] ([cppl_cp_plan_id], [cppl_referral_id], [cppl_icpc_id], [cppl_person_id], [cppl_cp_plan_start_date], [cppl_cp_plan_end_date], [cppl_cp_plan_ola], [cppl_cp_plan_initial_category], [cppl_cp_plan_latest_category])
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
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cp_plans', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
