RAISERROR(N'refilling ssd_family', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_family];
    INSERT INTO [ssd].[ssd_family] ([fami_table_id], [fami_family_id], [fami_person_id])
    SELECT DISTINCT
        CONCAT(CAST(gp.GROUPID AS VARCHAR(48)), '.', CAST(gp.PERSONID AS VARCHAR(48))),
        CAST(gp.GROUPID AS VARCHAR(48)),
        CAST(gp.PERSONID AS VARCHAR(48))
    FROM [GROUPPERSONVIEW] gp
    WHERE gp.GROUPID IS NOT NULL AND gp.PERSONID IS NOT NULL
        AND EXISTS (SELECT 1 FROM [GROUPVIEW] g
            WHERE g.GROUPID = gp.GROUPID AND g.GROUPTYPE = N'Family')
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(gp.PERSONID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_family', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
