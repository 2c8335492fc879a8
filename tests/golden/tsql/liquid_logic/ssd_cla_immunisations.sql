RAISERROR(N'refilling ssd_cla_immunisations', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_immunisations') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_immunisations];
    CREATE TABLE [#ssd_load_ssd_cla_immunisations] ([clai_person_id] NVARCHAR(MAX), [clai_immunisations_status] NVARCHAR(MAX), [clai_immunisations_status_date] DATETIME);
    WITH latest AS (
        SELECT fc.DIM_PERSON_ID, fc.IMMU_UP_TO_DATE_FLAG, fc.LAST_UPDATED_DTTM,
               ROW_NUMBER() OVER (PARTITION BY fc.DIM_PERSON_ID
                                  ORDER BY CASE WHEN fc.LAST_UPDATED_DTTM IS NULL THEN 1 ELSE 0 END, fc.LAST_UPDATED_DTTM DESC, fc.FACT_CLA_ID DESC) AS rn
        FROM [HDM].[Child_Social].[FACT_CLA] fc
        WHERE fc.DIM_PERSON_ID IS NOT NULL AND fc.DIM_PERSON_ID <> -1
    )
    INSERT INTO [#ssd_load_ssd_cla_immunisations] ([clai_person_id], [clai_immunisations_status], [clai_immunisations_status_date])
    SELECT
        CAST(l.DIM_PERSON_ID AS NVARCHAR(48)),
        LEFT(l.IMMU_UP_TO_DATE_FLAG, 1),
        l.LAST_UPDATED_DTTM
    FROM latest l
    WHERE l.rn = 1
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(l.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_immunisations];
    INSERT INTO [ssd].[ssd_cla_immunisations] ([clai_person_id], [clai_immunisations_status], [clai_immunisations_status_date])
    SELECT CASE WHEN LEN([clai_person_id]) > 48 THEN CONCAT(LEFT([clai_person_id], 47), N'…') ELSE [clai_person_id] END, CASE WHEN LEN([clai_immunisations_status]) > 1 THEN CONCAT(LEFT([clai_immunisations_status], 0), N'…') ELSE [clai_immunisations_status] END, [clai_immunisations_status_date] FROM [#ssd_load_ssd_cla_immunisations];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_immunisations', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clai_person_id=', SUM(CASE WHEN LEN([clai_person_id]) > 48 THEN 1 ELSE 0 END)), N' clai_person_id=0'), NULLIF(CONCAT(N' clai_immunisations_status=', SUM(CASE WHEN LEN([clai_immunisations_status]) > 1 THEN 1 ELSE 0 END)), N' clai_immunisations_status=0')) FROM [#ssd_load_ssd_cla_immunisations];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_immunisations', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_immunisations];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
