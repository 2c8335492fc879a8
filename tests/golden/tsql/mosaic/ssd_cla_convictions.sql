RAISERROR(N'refilling ssd_cla_convictions', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_convictions') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_convictions];
    CREATE TABLE [#ssd_load_ssd_cla_convictions] ([clac_cla_conviction_id] NVARCHAR(MAX), [clac_person_id] NVARCHAR(MAX), [clac_cla_conviction_date] DATETIME, [clac_cla_conviction_offence] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_cla_convictions] ([clac_cla_conviction_id], [clac_person_id], [clac_cla_conviction_date], [clac_cla_conviction_offence])
    SELECT
        CAST(o.OFFENCE_ID AS VARCHAR(48)),
        CAST(o.PERSON_ID AS VARCHAR(48)),
        CAST(o.OFFENCE_DATE AS DATE),
        NULL  -- clac_cla_conviction_offence: not in dm_offences
    FROM [dm_offences] o
    WHERE UPPER(LTRIM(RTRIM(CAST(o.IS_CONVICTED AS NVARCHAR(4000))))) = N'Y'
      AND o.OFFENCE_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)) AND o.OFFENCE_DATE <= CAST(GETDATE() AS DATE)
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(o.PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_convictions];
    INSERT INTO [ssd].[ssd_cla_convictions] ([clac_cla_conviction_id], [clac_person_id], [clac_cla_conviction_date], [clac_cla_conviction_offence])
    SELECT CASE WHEN LEN([clac_cla_conviction_id]) > 48 THEN CONCAT(LEFT([clac_cla_conviction_id], 47), N'…') ELSE [clac_cla_conviction_id] END, CASE WHEN LEN([clac_person_id]) > 48 THEN CONCAT(LEFT([clac_person_id], 47), N'…') ELSE [clac_person_id] END, [clac_cla_conviction_date], CASE WHEN LEN([clac_cla_conviction_offence]) > 1000 THEN CONCAT(LEFT([clac_cla_conviction_offence], 999), N'…') ELSE [clac_cla_conviction_offence] END FROM [#ssd_load_ssd_cla_convictions];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_convictions', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clac_cla_conviction_id=', SUM(CASE WHEN LEN([clac_cla_conviction_id]) > 48 THEN 1 ELSE 0 END)), N' clac_cla_conviction_id=0'), NULLIF(CONCAT(N' clac_person_id=', SUM(CASE WHEN LEN([clac_person_id]) > 48 THEN 1 ELSE 0 END)), N' clac_person_id=0'), NULLIF(CONCAT(N' clac_cla_conviction_offence=', SUM(CASE WHEN LEN([clac_cla_conviction_offence]) > 1000 THEN 1 ELSE 0 END)), N' clac_cla_conviction_offence=0')) FROM [#ssd_load_ssd_cla_convictions];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_convictions', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_convictions];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
