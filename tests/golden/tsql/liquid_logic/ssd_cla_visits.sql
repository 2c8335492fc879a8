RAISERROR(N'refilling ssd_cla_visits', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_visits];
    INSERT INTO [ssd].[ssd_cla_visits] ([clav_cla_visit_id], [clav_cla_id], [clav_person_id], [clav_cla_visit_date], [clav_cla_visit_seen], [clav_cla_visit_seen_alone])
    SELECT
        CAST(cv.FACT_CLA_VISIT_ID AS NVARCHAR(48)),
        CAST(NULLIF(cv.FACT_CLA_ID, -1) AS NVARCHAR(48)),
        CAST(cv.DIM_PERSON_ID AS NVARCHAR(48)),
        cn.EVENT_DTTM,
        LEFT(cn.SEEN_FLAG, 1),
        LEFT(cn.SEEN_ALONE_FLAG, 1)
    FROM [HDM].[Child_Social].[FACT_CLA_VISIT] cv
    JOIN [HDM].[Child_Social].[FACT_CASENOTES] cn
        ON cn.FACT_CASENOTE_ID = cv.FACT_CASENOTE_ID AND cn.DIM_PERSON_ID = cv.DIM_PERSON_ID
    WHERE cv.DIM_PERSON_ID <> -1
        AND cn.DIM_LOOKUP_CASNT_TYPE_ID_CODE = N'STVL'
        AND (cn.EVENT_DTTM IS NULL OR cn.EVENT_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(cv.DIM_PERSON_ID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_visits', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
