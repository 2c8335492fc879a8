RAISERROR(N'refilling ssd_cla_convictions', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_convictions];
    INSERT INTO [ssd].[ssd_cla_convictions] ([clac_cla_conviction_id], [clac_person_id], [clac_cla_conviction_date], [clac_cla_conviction_offence])
    SELECT
        CAST(fo.FACT_OFFENCE_ID AS NVARCHAR(48)),
        CAST(fo.DIM_PERSON_ID AS NVARCHAR(48)),
        fo.OFFENCE_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(fo.DESCRIPTION)), 1000), '')
    FROM [HDM].[Child_Social].[FACT_OFFENCE] fo
    WHERE fo.DIM_PERSON_ID <> -1
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(fo.DIM_PERSON_ID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_convictions', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
