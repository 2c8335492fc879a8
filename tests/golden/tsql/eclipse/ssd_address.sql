RAISERROR(N'refilling ssd_address', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_address') IS NOT NULL DROP TABLE [#ssd_load_ssd_address];
    CREATE TABLE [#ssd_load_ssd_address] ([addr_table_id] NVARCHAR(MAX), [addr_person_id] NVARCHAR(MAX), [addr_address_type] NVARCHAR(MAX), [addr_address_start_date] DATETIME, [addr_address_end_date] DATETIME, [addr_address_postcode] NVARCHAR(MAX), [addr_address_json] NVARCHAR(MAX));
    WITH addresses AS (
        SELECT a.ADDRESSID AS address_id, a.PERSONID AS person_id, a.TYPE AS address_type,
            a.STARTDATE AS start_date, a.ENDDATE AS end_date,
            UPPER(LTRIM(RTRIM(a.POSTCODE))) AS postcode,
            CONCAT('{"ROOM": ', CASE WHEN LEN(CASE WHEN LEFT(COALESCE(a.ROOMDESCRIPTION, ''), 98) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.ROOMDESCRIPTION, ''), 98) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 100 THEN CASE WHEN LEFT(COALESCE(a.ROOMDESCRIPTION, ''), 98) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.ROOMDESCRIPTION, ''), 98) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(COALESCE(a.ROOMDESCRIPTION, ''), 16) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.ROOMDESCRIPTION, ''), 16) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END,
                ', "FLOOR": ', CASE WHEN LEN(CASE WHEN LEFT(COALESCE(a.FLOORDESCRIPTION, ''), 98) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.FLOORDESCRIPTION, ''), 98) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 100 THEN CASE WHEN LEFT(COALESCE(a.FLOORDESCRIPTION, ''), 98) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.FLOORDESCRIPTION, ''), 98) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(COALESCE(a.FLOORDESCRIPTION, ''), 16) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.FLOORDESCRIPTION, ''), 16) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END,
                ', "FLAT": "", "BUILDING": ', CASE WHEN LEN(CASE WHEN LEFT(COALESCE(a.BUILDINGNAMEORNUMBER, ''), 148) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.BUILDINGNAMEORNUMBER, ''), 148) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 150 THEN CASE WHEN LEFT(COALESCE(a.BUILDINGNAMEORNUMBER, ''), 148) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.BUILDINGNAMEORNUMBER, ''), 148) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(COALESCE(a.BUILDINGNAMEORNUMBER, ''), 24) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.BUILDINGNAMEORNUMBER, ''), 24) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END,
                ', "HOUSE": ', CASE WHEN LEN(CASE WHEN LEFT(COALESCE(a.BUILDINGNAMEORNUMBER, ''), 148) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.BUILDINGNAMEORNUMBER, ''), 148) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 150 THEN CASE WHEN LEFT(COALESCE(a.BUILDINGNAMEORNUMBER, ''), 148) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.BUILDINGNAMEORNUMBER, ''), 148) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(COALESCE(a.BUILDINGNAMEORNUMBER, ''), 24) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.BUILDINGNAMEORNUMBER, ''), 24) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END,
                ', "STREET": ', CASE WHEN LEN(CASE WHEN LEFT(COALESCE(a.STREETNAME, ''), 148) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.STREETNAME, ''), 148) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 150 THEN CASE WHEN LEFT(COALESCE(a.STREETNAME, ''), 148) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.STREETNAME, ''), 148) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(COALESCE(a.STREETNAME, ''), 24) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.STREETNAME, ''), 24) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END,
                ', "TOWN": ', CASE WHEN LEN(CASE WHEN LEFT(COALESCE(a.TOWNORCITY, ''), 98) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.TOWNORCITY, ''), 98) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 100 THEN CASE WHEN LEFT(COALESCE(a.TOWNORCITY, ''), 98) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.TOWNORCITY, ''), 98) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(COALESCE(a.TOWNORCITY, ''), 16) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.TOWNORCITY, ''), 16) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END,
                ', "UPRN": ', CASE WHEN LEN(CASE WHEN LEFT(a.UPRN, 38) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(a.UPRN, 38) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 40 THEN CASE WHEN LEFT(a.UPRN, 38) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(a.UPRN, 38) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(a.UPRN, 6) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(a.UPRN, 6) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END,
                ', "EASTING": "", "NORTHING": ""}') AS address_json,
            ROW_NUMBER() OVER (PARTITION BY a.PERSONID, a.ADDRESSID ORDER BY a.STARTDATE, a.ENDDATE) AS repeat_no
        FROM [ADDRESSPERSONVIEW] a
        WHERE (a.ENDDATE IS NULL OR a.ENDDATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    )
    INSERT INTO [#ssd_load_ssd_address] ([addr_table_id], [addr_person_id], [addr_address_type], [addr_address_start_date], [addr_address_end_date], [addr_address_postcode], [addr_address_json])
    SELECT
        CONCAT(ad.person_id, '-', ad.address_id, CASE WHEN ad.repeat_no > 1 THEN CONCAT('-', ad.repeat_no) END),
        CAST(ad.person_id AS NVARCHAR(48)),
        ad.address_type,
        ad.start_date,
        ad.end_date,
        LEFT(ad.postcode, 15),
        ad.address_json
    FROM addresses ad
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(ad.person_id AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_address];
    INSERT INTO [ssd].[ssd_address] ([addr_table_id], [addr_person_id], [addr_address_type], [addr_address_start_date], [addr_address_end_date], [addr_address_postcode], [addr_address_json])
    SELECT CASE WHEN LEN([addr_table_id]) > 48 THEN CONCAT(LEFT([addr_table_id], 47), N'…') ELSE [addr_table_id] END, CASE WHEN LEN([addr_person_id]) > 48 THEN CONCAT(LEFT([addr_person_id], 47), N'…') ELSE [addr_person_id] END, CASE WHEN LEN([addr_address_type]) > 48 THEN CONCAT(LEFT([addr_address_type], 47), N'…') ELSE [addr_address_type] END, [addr_address_start_date], [addr_address_end_date], CASE WHEN LEN([addr_address_postcode]) > 15 THEN CONCAT(LEFT([addr_address_postcode], 14), N'…') ELSE [addr_address_postcode] END, CASE WHEN LEN([addr_address_json]) > 1000 THEN CONCAT(LEFT([addr_address_json], 999), N'…') ELSE [addr_address_json] END FROM [#ssd_load_ssd_address];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_address', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' addr_table_id=', SUM(CASE WHEN LEN([addr_table_id]) > 48 THEN 1 ELSE 0 END)), N' addr_table_id=0'), NULLIF(CONCAT(N' addr_person_id=', SUM(CASE WHEN LEN([addr_person_id]) > 48 THEN 1 ELSE 0 END)), N' addr_person_id=0'), NULLIF(CONCAT(N' addr_address_type=', SUM(CASE WHEN LEN([addr_address_type]) > 48 THEN 1 ELSE 0 END)), N' addr_address_type=0'), NULLIF(CONCAT(N' addr_address_postcode=', SUM(CASE WHEN LEN([addr_address_postcode]) > 15 THEN 1 ELSE 0 END)), N' addr_address_postcode=0'), NULLIF(CONCAT(N' addr_address_json=', SUM(CASE WHEN LEN([addr_address_json]) > 1000 THEN 1 ELSE 0 END)), N' addr_address_json=0')) FROM [#ssd_load_ssd_address];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_address', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_address];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
