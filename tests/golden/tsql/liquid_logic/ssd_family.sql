RAISERROR(N'refilling ssd_family', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_family];
    WITH families AS (
        SELECT DISTINCT fc.DIM_PERSON_ID, fc.DIM_LOOKUP_FAMILYOFRESIDENCE_ID AS family_id
        FROM [HDM].[Child_Social].[FACT_CONTACTS] fc
        WHERE fc.DIM_PERSON_ID <> -1
            AND fc.DIM_LOOKUP_FAMILYOFRESIDENCE_ID IS NOT NULL AND fc.DIM_LOOKUP_FAMILYOFRESIDENCE_ID <> -1
    )
    INSERT INTO [ssd].[ssd_family] ([fami_table_id], [fami_family_id], [fami_person_id])
    SELECT
        CONCAT(CAST(f.DIM_PERSON_ID AS NVARCHAR(23)), '.', CAST(f.family_id AS NVARCHAR(24))),
        CAST(f.family_id AS NVARCHAR(48)),
        CAST(f.DIM_PERSON_ID AS NVARCHAR(48))
    FROM families f
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(f.DIM_PERSON_ID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_family', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
