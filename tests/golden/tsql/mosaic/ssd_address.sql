RAISERROR(N'refilling ssd_address', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_address') IS NOT NULL DROP TABLE [#ssd_load_ssd_address];
    CREATE TABLE [#ssd_load_ssd_address] ([addr_table_id] NVARCHAR(MAX), [addr_person_id] NVARCHAR(MAX), [addr_address_type] NVARCHAR(MAX), [addr_address_start_date] DATETIME, [addr_address_end_date] DATETIME, [addr_address_postcode] NVARCHAR(MAX), [addr_address_json] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_address] ([addr_table_id], [addr_person_id], [addr_address_type], [addr_address_start_date], [addr_address_end_date], [addr_address_postcode], [addr_address_json])
    SELECT
        CAST(a.REF_ADDRESSES_PEOPLE_ID AS NVARCHAR(48)),
        CAST(a.PERSON_ID AS NVARCHAR(48)),
        LEFT(a.ADDRESS_TYPE, 48),
        a.START_DATE,
        a.END_DATE,
        LEFT(UPPER(LTRIM(RTRIM(a.POST_CODE))), 15),
        CONCAT('{"ADDRESS": ', CASE WHEN LEFT(a.ADDRESS, 150) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(a.ADDRESS, 150) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, '}')
    FROM [dm_ADDRESSES] a
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(a.PERSON_ID AS NVARCHAR(48)));
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
