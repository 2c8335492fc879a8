
RAISERROR(N'refilling ssd_cin_visits', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cin_visits];
    INSERT INTO [ssd].[ssd_cin_visits] ([cinv_cin_visit_id], [cinv_person_id], [cinv_cin_visit_date], [cinv_cin_visit_seen], [cinv_cin_visit_seen_alone], [cinv_cin_visit_bedroom])
    SELECT
        CAST(cn.FACT_CASENOTE_ID AS NVARCHAR(48)),
        CAST(cn.DIM_PERSON_ID AS NVARCHAR(48)),
        cn.EVENT_DTTM,
        LEFT(cn.SEEN_FLAG, 1),
        LEFT(cn.SEEN_ALONE_FLAG, 1),
        LEFT(cn.SEEN_BEDROOM_FLAG, 1)
    FROM [HDM].[Child_Social].[FACT_CASENOTES] cn
    WHERE cn.DIM_PERSON_ID <> -1
        AND cn.DIM_LOOKUP_CASNT_TYPE_ID_CODE IN (N'CNSTAT', N'CNSTATCOVID', N'STAT', N'HVIS', N'DRCT', N'IRO', N'SUPERCONT', N'STVL', N'STVLCOVID', N'STVC', N'STVCPCOVID')
        AND (cn.EVENT_DTTM IS NULL OR cn.EVENT_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(cn.DIM_PERSON_ID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cin_visits', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
