RAISERROR(N'refilling ssd_cp_visits', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cp_visits') IS NOT NULL DROP TABLE [#ssd_load_ssd_cp_visits];
    CREATE TABLE [#ssd_load_ssd_cp_visits] ([cppv_cp_visit_id] NVARCHAR(MAX), [cppv_person_id] NVARCHAR(MAX), [cppv_cp_plan_id] NVARCHAR(MAX), [cppv_cp_visit_date] DATETIME, [cppv_cp_visit_seen] NVARCHAR(MAX), [cppv_cp_visit_seen_alone] NVARCHAR(MAX), [cppv_cp_visit_bedroom] NVARCHAR(MAX));
    WITH plans AS (
        SELECT v.FACT_CASENOTE_ID, MAX(NULLIF(v.FACT_CP_PLAN_ID, -1)) AS plan_id
        FROM [HDM].[Child_Social].[FACT_CP_VISIT] v
        GROUP BY v.FACT_CASENOTE_ID
    )
    INSERT INTO [#ssd_load_ssd_cp_visits] ([cppv_cp_visit_id], [cppv_person_id], [cppv_cp_plan_id], [cppv_cp_visit_date], [cppv_cp_visit_seen], [cppv_cp_visit_seen_alone], [cppv_cp_visit_bedroom])
    SELECT
        CAST(cn.FACT_CASENOTE_ID AS NVARCHAR(48)),
        CAST(cn.DIM_PERSON_ID AS NVARCHAR(48)),
        CAST(pl.plan_id AS NVARCHAR(48)),
        cn.EVENT_DTTM,
        LEFT(cn.SEEN_FLAG, 1),
        LEFT(cn.SEEN_ALONE_FLAG, 1),
        LEFT(cn.SEEN_BEDROOM_FLAG, 1)
    FROM [HDM].[Child_Social].[FACT_CASENOTES] cn
    LEFT JOIN plans pl ON pl.FACT_CASENOTE_ID = cn.FACT_CASENOTE_ID
    WHERE cn.DIM_PERSON_ID <> -1
        AND UPPER(LTRIM(RTRIM(CAST(cn.DIM_LOOKUP_CASNT_TYPE_ID_CODE AS NVARCHAR(4000))))) = N'STVC'
        AND (cn.EVENT_DTTM IS NULL OR cn.EVENT_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(cn.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cp_visits];
    INSERT INTO [ssd].[ssd_cp_visits] ([cppv_cp_visit_id], [cppv_person_id], [cppv_cp_plan_id], [cppv_cp_visit_date], [cppv_cp_visit_seen], [cppv_cp_visit_seen_alone], [cppv_cp_visit_bedroom])
    SELECT CASE WHEN LEN([cppv_cp_visit_id]) > 48 THEN CONCAT(LEFT([cppv_cp_visit_id], 47), N'…') ELSE [cppv_cp_visit_id] END, CASE WHEN LEN([cppv_person_id]) > 48 THEN CONCAT(LEFT([cppv_person_id], 47), N'…') ELSE [cppv_person_id] END, CASE WHEN LEN([cppv_cp_plan_id]) > 48 THEN CONCAT(LEFT([cppv_cp_plan_id], 47), N'…') ELSE [cppv_cp_plan_id] END, [cppv_cp_visit_date], CASE WHEN LEN([cppv_cp_visit_seen]) > 1 THEN CONCAT(LEFT([cppv_cp_visit_seen], 0), N'…') ELSE [cppv_cp_visit_seen] END, CASE WHEN LEN([cppv_cp_visit_seen_alone]) > 1 THEN CONCAT(LEFT([cppv_cp_visit_seen_alone], 0), N'…') ELSE [cppv_cp_visit_seen_alone] END, CASE WHEN LEN([cppv_cp_visit_bedroom]) > 1 THEN CONCAT(LEFT([cppv_cp_visit_bedroom], 0), N'…') ELSE [cppv_cp_visit_bedroom] END FROM [#ssd_load_ssd_cp_visits];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cp_visits', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cppv_cp_visit_id=', SUM(CASE WHEN LEN([cppv_cp_visit_id]) > 48 THEN 1 ELSE 0 END)), N' cppv_cp_visit_id=0'), NULLIF(CONCAT(N' cppv_person_id=', SUM(CASE WHEN LEN([cppv_person_id]) > 48 THEN 1 ELSE 0 END)), N' cppv_person_id=0'), NULLIF(CONCAT(N' cppv_cp_plan_id=', SUM(CASE WHEN LEN([cppv_cp_plan_id]) > 48 THEN 1 ELSE 0 END)), N' cppv_cp_plan_id=0'), NULLIF(CONCAT(N' cppv_cp_visit_seen=', SUM(CASE WHEN LEN([cppv_cp_visit_seen]) > 1 THEN 1 ELSE 0 END)), N' cppv_cp_visit_seen=0'), NULLIF(CONCAT(N' cppv_cp_visit_seen_alone=', SUM(CASE WHEN LEN([cppv_cp_visit_seen_alone]) > 1 THEN 1 ELSE 0 END)), N' cppv_cp_visit_seen_alone=0'), NULLIF(CONCAT(N' cppv_cp_visit_bedroom=', SUM(CASE WHEN LEN([cppv_cp_visit_bedroom]) > 1 THEN 1 ELSE 0 END)), N' cppv_cp_visit_bedroom=0')) FROM [#ssd_load_ssd_cp_visits];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cp_visits', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cp_visits];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
