RAISERROR(N'refilling ssd_sdq_scores', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_sdq_scores];
    INSERT INTO [ssd].[ssd_sdq_scores] ([csdq_table_id], [csdq_person_id], [csdq_sdq_completed_date], [csdq_sdq_score], [csdq_sdq_reason])
    SELECT
        CAST(h.HEALTH_ID AS VARCHAR(48)),
        CAST(h.PERSON_ID AS VARCHAR(48)),
        h.HEALTH_ASSESSMENT_DATE,
        TRY_CAST(h.SDQ_SCORE AS INT),
        LEFT(h.SDQ_REASON, 100)
    FROM [dm_HEALTH_ASSESSMENTS] h
    WHERE (h.SDQ_COMPLETED = 'Y' OR h.SDQ_REASON IS NOT NULL)
      AND h.HEALTH_ASSESSMENT_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
      AND h.HEALTH_ASSESSMENT_DATE <= CAST(GETDATE() AS DATE)
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(h.PERSON_ID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_sdq_scores', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;

GO
