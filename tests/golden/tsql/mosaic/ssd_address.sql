RAISERROR(N'refilling ssd_address', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_address];
    INSERT INTO [ssd].[ssd_address] ([addr_table_id], [addr_person_id], [addr_address_type], [addr_address_start_date], [addr_address_end_date], [addr_address_postcode], [addr_address_json])
    SELECT
        CAST(a.REF_ADDRESSES_PEOPLE_ID AS VARCHAR(48)),
        CAST(a.PERSON_ID AS VARCHAR(48)),
        LEFT(a.ADDRESS_TYPE, 48),
        a.START_DATE,
        a.END_DATE,
        LEFT(UPPER(LTRIM(RTRIM(a.POST_CODE))), 15),
        LEFT(CONCAT('{"ADDRESS": ', CASE WHEN a.ADDRESS IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(a.ADDRESS AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, '}'), 1000)
    FROM [dm_ADDRESSES] a
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(a.PERSON_ID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_address', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;

GO
