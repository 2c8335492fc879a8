RAISERROR(N'refilling ssd_mother', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_mother];
    WITH pairs AS (
        SELECT r.PERSONRELATIONSHIPRECORDID AS record_id, r.ROLEAPERSONID AS mother_id, r.ROLEBPERSONID AS child_id,
            ROW_NUMBER() OVER (PARTITION BY r.PERSONRELATIONSHIPRECORDID ORDER BY r.ROLEBPERSONID) AS pick
        FROM [RELATIONSHIPPERSONVIEW] r
        WHERE r.RELATIONSHIP = N'Mother'
            AND r.PERSONRELATIONSHIPRECORDID IS NOT NULL AND r.ROLEBPERSONID IS NOT NULL
            AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(r.ROLEAPERSONID AS NVARCHAR(48)))
    ),
    births AS (
        SELECT d.PERSONID AS person_id, MAX(d.DATEOFBIRTH) AS dob
        FROM [PERSONDEMOGRAPHICSVIEW] d
        WHERE d.PERSONID IN (SELECT p.child_id FROM pairs p)
        GROUP BY d.PERSONID
    )
    INSERT INTO [ssd].[ssd_mother] ([moth_table_id], [moth_person_id], [moth_childs_person_id], [moth_childs_dob])
    SELECT
        CAST(p.record_id AS VARCHAR(48)),
        CAST(p.mother_id AS VARCHAR(48)),
        CAST(p.child_id AS VARCHAR(48)),
        b.dob
    FROM pairs p
    LEFT JOIN births b ON b.person_id = p.child_id
    WHERE p.pick = 1;
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_mother', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
