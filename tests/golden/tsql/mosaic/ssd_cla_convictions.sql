RAISERROR(N'refilling ssd_cla_convictions', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_convictions];
    INSERT INTO [ssd].[ssd_cla_convictions] ([clac_cla_conviction_id], [clac_person_id], [clac_cla_conviction_date], [clac_cla_conviction_offence])
    SELECT
        CAST(o.OFFENCE_ID AS VARCHAR(48)),
        CAST(o.PERSON_ID AS VARCHAR(48)),
        CAST(o.OFFENCE_DATE AS DATE),
        NULL  -- clac_cla_conviction_offence: not in dm_offences
    FROM [dm_offences] o
    WHERE o.IS_CONVICTED = 'Y'
      AND o.OFFENCE_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)) AND o.OFFENCE_DATE <= CAST(GETDATE() AS DATE)
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(o.PERSON_ID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_convictions', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
