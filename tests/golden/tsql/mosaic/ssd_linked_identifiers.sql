
RAISERROR(N'refilling ssd_linked_identifiers', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_linked_identifiers];
    INSERT INTO [ssd].[ssd_linked_identifiers] ([link_table_id], [link_person_id], [link_identifier_type], [link_identifier_value], [link_valid_from_date], [link_valid_to_date])
    SELECT
        CAST(pr.REFERENCE_ID AS VARCHAR(48)),
        CAST(pr.PERSON_ID AS VARCHAR(48)),
        CASE LTRIM(RTRIM(pr.REFERENCE_TYPE))
            WHEN N'FORMER_UPN' THEN N'Former Unique Pupil Number'
            WHEN N'NHS' THEN N'NHS Number'
            WHEN N'UPN' THEN N'Unique Pupil Number'
            ELSE LEFT(pr.REFERENCE_TYPE, 100)
        END,
        LEFT(LTRIM(RTRIM(pr.REFERENCE)), 100),
        NULL,  -- link_valid_from_date: dm_person_references carries no validity dates
        NULL   -- link_valid_to_date: as above
    FROM [dm_person_references] pr
    WHERE pr.REFERENCE IS NOT NULL
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(pr.PERSON_ID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_linked_identifiers', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;

GO
