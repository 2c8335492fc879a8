
RAISERROR(N'refilling ssd_cla_reviews', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_reviews];
    WITH subjects AS (
        -- the child's subject rows of the review meeting that carry a qualifying outcome form
        SELECT fms.FACT_MEETINGS_ID, fms.DIM_PERSON_ID,
               MAX(fms.DIM_LOOKUP_PARTICIPATION_CODE_DESC) AS participation
        FROM [HDM].[Child_Social].[FACT_MEETING_SUBJECTS] fms
        JOIN [HDM].[Child_Social].[FACT_FORMS] ff ON ff.FACT_FORM_ID = fms.FACT_OUTCM_FORM_ID
        WHERE COALESCE(ff.DIM_LOOKUP_FORM_TYPE_ID_CODE, '') NOT IN (N'1391', N'1195', N'1377', N'1540', N'2069', N'2340')AND ff.FACT_FORM_ID NOT IN (1071252)
        GROUP BY fms.FACT_MEETINGS_ID, fms.DIM_PERSON_ID
    )
    INSERT INTO [ssd].[ssd_cla_reviews] ([clar_cla_review_id], [clar_cla_id], [clar_cla_person_id], [clar_cla_review_due_date], [clar_cla_review_date], [clar_cla_review_cancelled], [clar_cla_review_participation])
    SELECT
        CAST(fcr.FACT_CLA_REVIEW_ID AS NVARCHAR(48)),
        CAST(NULLIF(fcr.FACT_CLA_ID, -1) AS NVARCHAR(48)),
        CAST(fcr.DIM_PERSON_ID AS NVARCHAR(48)),
        fcr.DUE_DTTM,
        fcr.MEETING_DTTM,
        LEFT(fm.CANCELLED, 1),
        LEFT(CAST(NULLIF(LTRIM(RTRIM(s.participation)), '') AS NVARCHAR(100)), 100)
    FROM [HDM].[Child_Social].[FACT_CLA_REVIEW] fcr
    JOIN subjects s ON s.FACT_MEETINGS_ID = fcr.FACT_MEETING_ID AND s.DIM_PERSON_ID = fcr.DIM_PERSON_ID
    LEFT JOIN [HDM].[Child_Social].[FACT_MEETINGS] fm ON fm.FACT_MEETING_ID = fcr.FACT_MEETING_ID
    WHERE fcr.DIM_PERSON_ID <> -1
        AND (fcr.MEETING_DTTM IS NULL OR fcr.MEETING_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(fcr.DIM_PERSON_ID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_reviews', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
