RAISERROR(N'refilling ssd_cla_substance_misuse', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_substance_misuse') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_substance_misuse];
    CREATE TABLE [#ssd_load_ssd_cla_substance_misuse] ([clas_substance_misuse_id] NVARCHAR(MAX), [clas_person_id] NVARCHAR(MAX), [clas_substance_misuse_date] DATETIME, [clas_substance_misused] NVARCHAR(MAX), [clas_intervention_received] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_cla_substance_misuse] ([clas_substance_misuse_id], [clas_person_id], [clas_substance_misuse_date], [clas_substance_misused], [clas_intervention_received])
    SELECT
        CAST(sm.FACT_SUBSTANCE_MISUSE_ID AS NVARCHAR(48)),
        CAST(sm.DIM_PERSON_ID AS NVARCHAR(48)),
        sm.START_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(sm.DIM_LOOKUP_SUBSTANCE_TYPE_CODE)), 100), ''),
        LEFT(sm.ACCEPT_FLAG, 1)
    FROM [HDM].[Child_Social].[FACT_SUBSTANCE_MISUSE] sm
    WHERE sm.DIM_PERSON_ID <> -1
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(sm.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_substance_misuse];
    INSERT INTO [ssd].[ssd_cla_substance_misuse] ([clas_substance_misuse_id], [clas_person_id], [clas_substance_misuse_date], [clas_substance_misused], [clas_intervention_received])
    SELECT CASE WHEN LEN([clas_substance_misuse_id]) > 48 THEN CONCAT(LEFT([clas_substance_misuse_id], 47), N'…') ELSE [clas_substance_misuse_id] END, CASE WHEN LEN([clas_person_id]) > 48 THEN CONCAT(LEFT([clas_person_id], 47), N'…') ELSE [clas_person_id] END, [clas_substance_misuse_date], CASE WHEN LEN([clas_substance_misused]) > 100 THEN CONCAT(LEFT([clas_substance_misused], 99), N'…') ELSE [clas_substance_misused] END, CASE WHEN LEN([clas_intervention_received]) > 1 THEN CONCAT(LEFT([clas_intervention_received], 0), N'…') ELSE [clas_intervention_received] END FROM [#ssd_load_ssd_cla_substance_misuse];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_substance_misuse', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clas_substance_misuse_id=', SUM(CASE WHEN LEN([clas_substance_misuse_id]) > 48 THEN 1 ELSE 0 END)), N' clas_substance_misuse_id=0'), NULLIF(CONCAT(N' clas_person_id=', SUM(CASE WHEN LEN([clas_person_id]) > 48 THEN 1 ELSE 0 END)), N' clas_person_id=0'), NULLIF(CONCAT(N' clas_substance_misused=', SUM(CASE WHEN LEN([clas_substance_misused]) > 100 THEN 1 ELSE 0 END)), N' clas_substance_misused=0'), NULLIF(CONCAT(N' clas_intervention_received=', SUM(CASE WHEN LEN([clas_intervention_received]) > 1 THEN 1 ELSE 0 END)), N' clas_intervention_received=0')) FROM [#ssd_load_ssd_cla_substance_misuse];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_substance_misuse', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_substance_misuse];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
