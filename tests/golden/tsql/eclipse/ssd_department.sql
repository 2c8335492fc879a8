
RAISERROR(N'refilling ssd_department', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_department') IS NOT NULL DROP TABLE [#ssd_load_ssd_department];
    CREATE TABLE [#ssd_load_ssd_department] ([dept_team_id] NVARCHAR(MAX), [dept_team_name] NVARCHAR(MAX), [dept_team_parent_id] NVARCHAR(MAX), [dept_team_parent_name] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_department] ([dept_team_id], [dept_team_name], [dept_team_parent_id], [dept_team_parent_name])
    SELECT
        CAST(o.ORGANISATIONID AS NVARCHAR(48)),
        LEFT(o.DESCRIPTION, 255),
        NULL,
        NULL
    FROM [ORGANISATIONVIEW] o
    WHERE o.ORGANISATIONID IS NOT NULL
        AND UPPER(LTRIM(RTRIM(CAST(o.ORGANISATIONCLASS AS NVARCHAR(4000))))) = N'TEAM'
        AND (o.SECTOR IS NULL OR NOT UPPER(LTRIM(RTRIM(CAST(o.SECTOR AS NVARCHAR(4000))))) IN (N'CHARITY', N'PRIVATE'))
        AND (o.SECTORSUBTYPE IS NULL OR NOT UPPER(LTRIM(RTRIM(CAST(o.SECTORSUBTYPE AS NVARCHAR(4000))))) IN (N'ADULT_SOCIAL_SERVICES', N'EDUCATION'));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_department];
    INSERT INTO [ssd].[ssd_department] ([dept_team_id], [dept_team_name], [dept_team_parent_id], [dept_team_parent_name])
    SELECT CASE WHEN LEN([dept_team_id]) > 48 THEN CONCAT(LEFT([dept_team_id], 47), N'…') ELSE [dept_team_id] END, CASE WHEN LEN([dept_team_name]) > 255 THEN CONCAT(LEFT([dept_team_name], 254), N'…') ELSE [dept_team_name] END, CASE WHEN LEN([dept_team_parent_id]) > 48 THEN CONCAT(LEFT([dept_team_parent_id], 47), N'…') ELSE [dept_team_parent_id] END, CASE WHEN LEN([dept_team_parent_name]) > 255 THEN CONCAT(LEFT([dept_team_parent_name], 254), N'…') ELSE [dept_team_parent_name] END FROM [#ssd_load_ssd_department];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_department', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' dept_team_id=', SUM(CASE WHEN LEN([dept_team_id]) > 48 THEN 1 ELSE 0 END)), N' dept_team_id=0'), NULLIF(CONCAT(N' dept_team_name=', SUM(CASE WHEN LEN([dept_team_name]) > 255 THEN 1 ELSE 0 END)), N' dept_team_name=0'), NULLIF(CONCAT(N' dept_team_parent_id=', SUM(CASE WHEN LEN([dept_team_parent_id]) > 48 THEN 1 ELSE 0 END)), N' dept_team_parent_id=0'), NULLIF(CONCAT(N' dept_team_parent_name=', SUM(CASE WHEN LEN([dept_team_parent_name]) > 255 THEN 1 ELSE 0 END)), N' dept_team_parent_name=0')) FROM [#ssd_load_ssd_department];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_department', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_department];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
