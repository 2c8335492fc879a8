RAISERROR(N'refilling ssd_disability', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_disability') IS NOT NULL DROP TABLE [#ssd_load_ssd_disability];
    CREATE TABLE [#ssd_load_ssd_disability] ([disa_table_id] NVARCHAR(MAX), [disa_person_id] NVARCHAR(MAX), [disa_disability_code] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_disability] ([disa_table_id], [disa_person_id], [disa_disability_code])
    SELECT
        CAST(d.DISABILITY_ID AS NVARCHAR(48)),
        CAST(d.PERSON_ID AS NVARCHAR(48)),
        UPPER(LTRIM(RTRIM(d.CIN_DISABILITY_CATEGORY_CODE)))
    FROM [DM_DISABILITIES] d
    WHERE d.CIN_DISABILITY_CATEGORY_CODE IS NOT NULL
      AND LTRIM(RTRIM(d.CIN_DISABILITY_CATEGORY_CODE)) <> ''
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(d.PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_disability];
    INSERT INTO [ssd].[ssd_disability] ([disa_table_id], [disa_person_id], [disa_disability_code])
    SELECT CASE WHEN LEN([disa_table_id]) > 48 THEN CONCAT(LEFT([disa_table_id], 47), N'…') ELSE [disa_table_id] END, CASE WHEN LEN([disa_person_id]) > 48 THEN CONCAT(LEFT([disa_person_id], 47), N'…') ELSE [disa_person_id] END, CASE WHEN LEN([disa_disability_code]) > 48 THEN CONCAT(LEFT([disa_disability_code], 47), N'…') ELSE [disa_disability_code] END FROM [#ssd_load_ssd_disability];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_disability', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' disa_table_id=', SUM(CASE WHEN LEN([disa_table_id]) > 48 THEN 1 ELSE 0 END)), N' disa_table_id=0'), NULLIF(CONCAT(N' disa_person_id=', SUM(CASE WHEN LEN([disa_person_id]) > 48 THEN 1 ELSE 0 END)), N' disa_person_id=0'), NULLIF(CONCAT(N' disa_disability_code=', SUM(CASE WHEN LEN([disa_disability_code]) > 48 THEN 1 ELSE 0 END)), N' disa_disability_code=0')) FROM [#ssd_load_ssd_disability];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_disability', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_disability];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;

GO
