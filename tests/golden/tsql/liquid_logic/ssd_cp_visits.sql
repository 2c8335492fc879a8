RAISERROR(N'refilling ssd_cp_visits', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cp_visits];
    WITH plans AS (
        SELECT v.FACT_CASENOTE_ID, MAX(NULLIF(v.FACT_CP_PLAN_ID, -1)) AS plan_id
        FROM [HDM].[Child_Social].[FACT_CP_VISIT] v
        GROUP BY v.FACT_CASENOTE_ID
    )
    INSERT INTO [ssd].[ssd_cp_visits] ([cppv_cp_visit_id], [cppv_person_id], [cppv_cp_plan_id], [cppv_cp_visit_date], [cppv_cp_visit_seen], [cppv_cp_visit_seen_alone], [cppv_cp_visit_bedroom])
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
        AND cn.DIM_LOOKUP_CASNT_TYPE_ID_CODE = N'STVC'
        AND (cn.EVENT_DTTM IS NULL OR cn.EVENT_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(cn.DIM_PERSON_ID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cp_visits', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
