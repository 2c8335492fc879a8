RAISERROR(N'refilling ssd_immigration_status', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_immigration_status];
    INSERT INTO [ssd].[ssd_immigration_status] ([immi_immigration_status_id], [immi_person_id], [immi_immigration_status_start_date], [immi_immigration_status_end_date], [immi_immigration_status])
    SELECT
        CAST(i.CLASSIFICATIONASSIGNMENTID AS VARCHAR(48)),
        CAST(i.PERSONID AS VARCHAR(48)),
        i.STARTDATE,
        i.ENDDATE,
        CASE WHEN i.CLASSIFICATIONCODEID = 423 THEN 'U'
            ELSE LEFT(COALESCE(cl.NAME, i.NAME), 100) END
    FROM [CLASSIFICATIONPERSONVIEW] i
    LEFT JOIN [CLASSIFICATION] cl ON cl.ID = i.CLASSIFICATIONCODEID
    WHERE (i.CLASSIFICATIONPATHID IN (1, 83))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(i.PERSONID AS NVARCHAR(48)))
        AND COALESCE(i.STATUS, '') <> 'DELETED'
        AND (i.ENDDATE IS NULL OR i.ENDDATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_immigration_status', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
