RAISERROR(N'refilling ssd_address', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_address];
    WITH addresses AS (
        SELECT a.ADDRESSID AS address_id, a.PERSONID AS person_id, a.TYPE AS address_type,
            a.STARTDATE AS start_date, a.ENDDATE AS end_date,
            UPPER(LTRIM(RTRIM(a.POSTCODE))) AS postcode,
            CONCAT('{"ROOM": "', REPLACE(REPLACE(COALESCE(a.ROOMDESCRIPTION, ''), '\', '\\'), '"', '\"'),
                '", "FLOOR": "', REPLACE(REPLACE(COALESCE(a.FLOORDESCRIPTION, ''), '\', '\\'), '"', '\"'),
                '", "FLAT": "", "BUILDING": "', REPLACE(REPLACE(COALESCE(a.BUILDINGNAMEORNUMBER, ''), '\', '\\'), '"', '\"'),
                '", "HOUSE": "', REPLACE(REPLACE(COALESCE(a.BUILDINGNAMEORNUMBER, ''), '\', '\\'), '"', '\"'),
                '", "STREET": "', REPLACE(REPLACE(COALESCE(a.STREETNAME, ''), '\', '\\'), '"', '\"'),
                '", "TOWN": "', REPLACE(REPLACE(COALESCE(a.TOWNORCITY, ''), '\', '\\'), '"', '\"'),
                '", "UPRN": ', CASE WHEN a.UPRN IS NULL THEN 'null' ELSE CONCAT('"', REPLACE(REPLACE(COALESCE(a.UPRN, ''), '\', '\\'), '"', '\"'), '"') END,
                ', "EASTING": "", "NORTHING": ""}') AS address_json,
            ROW_NUMBER() OVER (PARTITION BY a.PERSONID, a.ADDRESSID ORDER BY a.STARTDATE, a.ENDDATE) AS repeat_no
        FROM [ADDRESSPERSONVIEW] a
        WHERE (a.ENDDATE IS NULL OR a.ENDDATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    )
    INSERT INTO [ssd].[ssd_address] ([addr_table_id], [addr_person_id], [addr_address_type], [addr_address_start_date], [addr_address_end_date], [addr_address_postcode], [addr_address_json])
    SELECT
        CONCAT(ad.person_id, '-', ad.address_id, CASE WHEN ad.repeat_no > 1 THEN CONCAT('-', ad.repeat_no) END),
        CAST(ad.person_id AS VARCHAR(48)),
        ad.address_type,
        ad.start_date,
        ad.end_date,
        LEFT(ad.postcode, 15),
        LEFT(ad.address_json, 1000)
    FROM addresses ad
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(ad.person_id AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_address', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
