
RAISERROR(N'refilling ssd_linked_identifiers', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_linked_identifiers') IS NOT NULL DROP TABLE [#ssd_load_ssd_linked_identifiers];
    CREATE TABLE [#ssd_load_ssd_linked_identifiers] ([link_table_id] NVARCHAR(MAX), [link_person_id] NVARCHAR(MAX), [link_identifier_type] NVARCHAR(MAX), [link_identifier_value] NVARCHAR(MAX), [link_valid_from_date] DATETIME, [link_valid_to_date] DATETIME);
    INSERT INTO [#ssd_load_ssd_linked_identifiers] ([link_table_id], [link_person_id], [link_identifier_type], [link_identifier_value], [link_valid_from_date], [link_valid_to_date])
    SELECT
        CAST(pr.REFERENCE_ID AS NVARCHAR(48)),
        CAST(pr.PERSON_ID AS NVARCHAR(48)),
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
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_linked_identifiers];
    INSERT INTO [ssd].[ssd_linked_identifiers] ([link_table_id], [link_person_id], [link_identifier_type], [link_identifier_value], [link_valid_from_date], [link_valid_to_date])
    SELECT CASE WHEN LEN([link_table_id]) > 48 THEN CONCAT(LEFT([link_table_id], 47), N'…') ELSE [link_table_id] END, CASE WHEN LEN([link_person_id]) > 48 THEN CONCAT(LEFT([link_person_id], 47), N'…') ELSE [link_person_id] END, CASE WHEN LEN([link_identifier_type]) > 100 THEN CONCAT(LEFT([link_identifier_type], 99), N'…') ELSE [link_identifier_type] END, CASE WHEN LEN([link_identifier_value]) > 100 THEN CONCAT(LEFT([link_identifier_value], 99), N'…') ELSE [link_identifier_value] END, [link_valid_from_date], [link_valid_to_date] FROM [#ssd_load_ssd_linked_identifiers];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_linked_identifiers', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' link_table_id=', SUM(CASE WHEN LEN([link_table_id]) > 48 THEN 1 ELSE 0 END)), N' link_table_id=0'), NULLIF(CONCAT(N' link_person_id=', SUM(CASE WHEN LEN([link_person_id]) > 48 THEN 1 ELSE 0 END)), N' link_person_id=0'), NULLIF(CONCAT(N' link_identifier_type=', SUM(CASE WHEN LEN([link_identifier_type]) > 100 THEN 1 ELSE 0 END)), N' link_identifier_type=0'), NULLIF(CONCAT(N' link_identifier_value=', SUM(CASE WHEN LEN([link_identifier_value]) > 100 THEN 1 ELSE 0 END)), N' link_identifier_value=0')) FROM [#ssd_load_ssd_linked_identifiers];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_linked_identifiers', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_linked_identifiers];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;

GO
