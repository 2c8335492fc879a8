RAISERROR(N'refilling ssd_family', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_family') IS NOT NULL DROP TABLE [#ssd_load_ssd_family];
    CREATE TABLE [#ssd_load_ssd_family] ([fami_table_id] NVARCHAR(MAX), [fami_family_id] NVARCHAR(MAX), [fami_person_id] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_family] ([fami_table_id], [fami_family_id], [fami_person_id])
    SELECT DISTINCT
        CONCAT(CAST(gp.GROUPID AS NVARCHAR(48)), '.', CAST(gp.PERSONID AS NVARCHAR(48))),
        CAST(gp.GROUPID AS NVARCHAR(48)),
        CAST(gp.PERSONID AS NVARCHAR(48))
    FROM [GROUPPERSONVIEW] gp
    WHERE gp.GROUPID IS NOT NULL AND gp.PERSONID IS NOT NULL
        AND EXISTS (SELECT 1 FROM [GROUPVIEW] g
            WHERE g.GROUPID = gp.GROUPID AND UPPER(LTRIM(RTRIM(CAST(g.GROUPTYPE AS NVARCHAR(4000))))) = N'FAMILY')
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(gp.PERSONID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_family];
    INSERT INTO [ssd].[ssd_family] ([fami_table_id], [fami_family_id], [fami_person_id])
    SELECT CASE WHEN LEN([fami_table_id]) > 48 THEN CONCAT(LEFT([fami_table_id], 47), N'…') ELSE [fami_table_id] END, CASE WHEN LEN([fami_family_id]) > 48 THEN CONCAT(LEFT([fami_family_id], 47), N'…') ELSE [fami_family_id] END, CASE WHEN LEN([fami_person_id]) > 48 THEN CONCAT(LEFT([fami_person_id], 47), N'…') ELSE [fami_person_id] END FROM [#ssd_load_ssd_family];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_family', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' fami_table_id=', SUM(CASE WHEN LEN([fami_table_id]) > 48 THEN 1 ELSE 0 END)), N' fami_table_id=0'), NULLIF(CONCAT(N' fami_family_id=', SUM(CASE WHEN LEN([fami_family_id]) > 48 THEN 1 ELSE 0 END)), N' fami_family_id=0'), NULLIF(CONCAT(N' fami_person_id=', SUM(CASE WHEN LEN([fami_person_id]) > 48 THEN 1 ELSE 0 END)), N' fami_person_id=0')) FROM [#ssd_load_ssd_family];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_family', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_family];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
