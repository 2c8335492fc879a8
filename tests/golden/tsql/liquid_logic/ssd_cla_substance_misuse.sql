RAISERROR(N'refilling ssd_cla_substance_misuse', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_substance_misuse];
    INSERT INTO [ssd].[ssd_cla_substance_misuse] ([clas_substance_misuse_id], [clas_person_id], [clas_substance_misuse_date], [clas_substance_misused], [clas_intervention_received])
    SELECT
        CAST(sm.FACT_SUBSTANCE_MISUSE_ID AS NVARCHAR(48)),
        CAST(sm.DIM_PERSON_ID AS NVARCHAR(48)),
        sm.START_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(sm.DIM_LOOKUP_SUBSTANCE_TYPE_CODE)), 100), ''),
        LEFT(sm.ACCEPT_FLAG, 1)
    FROM [HDM].[Child_Social].[FACT_SUBSTANCE_MISUSE] sm
    WHERE sm.DIM_PERSON_ID <> -1
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(sm.DIM_PERSON_ID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_substance_misuse', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
