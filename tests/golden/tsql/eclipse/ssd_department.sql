
RAISERROR(N'refilling ssd_department', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_department];
    INSERT INTO [ssd].[ssd_department] ([dept_team_id], [dept_team_name], [dept_team_parent_id], [dept_team_parent_name])
    SELECT
        CAST(o.ORGANISATIONID AS VARCHAR(48)),
        LEFT(o.DESCRIPTION, 255),
        NULL,
        NULL
    FROM [ORGANISATIONVIEW] o
    WHERE o.ORGANISATIONID IS NOT NULL
        AND o.ORGANISATIONCLASS = N'TEAM'
        AND COALESCE(o.SECTOR, '') NOT IN (N'CHARITY', N'PRIVATE')
        AND COALESCE(o.SECTORSUBTYPE, '') NOT IN (N'ADULT_SOCIAL_SERVICES', N'EDUCATION');
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_department', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
