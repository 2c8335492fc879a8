RAISERROR(N'refilling ssd_mother', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_mother];
    WITH pairs AS (
        SELECT DISTINCT pr.PERSON_ID AS mother_id, pr.OTHER_PERSON_ID AS child_id
        FROM [dm_PERSONAL_RELATIONSHIPS] pr
        WHERE pr.IS_MOTHER = 'Y' AND pr.OTHER_PERSON_ID IS NOT NULL
    )
    INSERT INTO [ssd].[ssd_mother] ([moth_table_id], [moth_person_id], [moth_childs_person_id], [moth_childs_dob])
    SELECT
        CONCAT(CAST(pa.mother_id AS VARCHAR(20)), '-', CAST(pa.child_id AS VARCHAR(20))),
        CAST(pa.mother_id AS VARCHAR(48)),
        CAST(pa.child_id AS VARCHAR(48)),
        p.DATE_OF_BIRTH
    FROM pairs pa
    LEFT JOIN [dm_persons] p ON p.PERSON_ID = pa.child_id
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(pa.mother_id AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_mother', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
