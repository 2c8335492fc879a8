RAISERROR(N'refilling ssd_linked_identifiers', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_linked_identifiers') IS NOT NULL DROP TABLE [#ssd_load_ssd_linked_identifiers];
    CREATE TABLE [#ssd_load_ssd_linked_identifiers] ([link_table_id] NVARCHAR(MAX), [link_person_id] NVARCHAR(MAX), [link_identifier_type] NVARCHAR(MAX), [link_identifier_value] NVARCHAR(MAX), [link_valid_from_date] DATETIME, [link_valid_to_date] DATETIME);
    WITH former AS (
        SELECT r.PERSONID AS person_id, LTRIM(RTRIM(r.REFERENCENUMBER)) AS upn, r.STARTDATE AS valid_from, r.ENDDATE AS valid_to,
            ROW_NUMBER() OVER (PARTITION BY r.PERSONID, LTRIM(RTRIM(r.REFERENCENUMBER)) ORDER BY r.ENDDATE DESC, r.STARTDATE DESC) AS pick
        FROM [REFERENCENUMBERPERSONVIEW] r
        WHERE UPPER(LTRIM(RTRIM(CAST(r.REFERENCETYPECODE AS NVARCHAR(4000))))) = N'UPN'
            AND r.ENDDATE IS NOT NULL AND r.REFERENCENUMBER IS NOT NULL
    )
    INSERT INTO [#ssd_load_ssd_linked_identifiers] ([link_table_id], [link_person_id], [link_identifier_type], [link_identifier_value], [link_valid_from_date], [link_valid_to_date])
    SELECT
        CONCAT('FUPN-', f.person_id, '-', LEFT(f.upn, 30)),
        sp.pers_person_id,
        'Former Unique Pupil Number',
        LEFT(f.upn, 100),
        f.valid_from,
        f.valid_to
    FROM former f
    JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(f.person_id AS NVARCHAR(48))
    WHERE f.pick = 1 AND (sp.pers_upn IS NULL OR sp.pers_upn <> f.upn);
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
