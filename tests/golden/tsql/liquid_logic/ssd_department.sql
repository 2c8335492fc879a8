RAISERROR(N'refilling ssd_department', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_department];
    INSERT INTO [ssd].[ssd_department] ([dept_team_id], [dept_team_name], [dept_team_parent_id], [dept_team_parent_name])
    SELECT
        CAST(d.DIM_DEPARTMENT_ID AS NVARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(d.NAME)), 255), ''),
        NULL,
        NULL
    FROM [HDM].[Child_Social].[DIM_DEPARTMENT] d
    WHERE d.DIM_DEPARTMENT_ID <> -1;
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_department', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
