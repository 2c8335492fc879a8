RAISERROR(N'refilling ssd_disability', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_disability];
    INSERT INTO [ssd].[ssd_disability] ([disa_table_id], [disa_person_id], [disa_disability_code])
    SELECT
        CAST(d.DISABILITY_ID AS VARCHAR(48)),
        CAST(d.PERSON_ID AS VARCHAR(48)),
        UPPER(LTRIM(RTRIM(d.CIN_DISABILITY_CATEGORY_CODE)))
    FROM [DM_DISABILITIES] d
    WHERE d.CIN_DISABILITY_CATEGORY_CODE IS NOT NULL
      AND LTRIM(RTRIM(d.CIN_DISABILITY_CATEGORY_CODE)) <> ''
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(d.PERSON_ID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_disability', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;

GO
