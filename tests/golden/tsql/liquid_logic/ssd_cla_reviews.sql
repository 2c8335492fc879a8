
RAISERROR(N'refilling ssd_cla_reviews', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_reviews') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_reviews];
    CREATE TABLE [#ssd_load_ssd_cla_reviews] ([clar_cla_review_id] NVARCHAR(MAX), [clar_cla_id] NVARCHAR(MAX), [clar_cla_person_id] NVARCHAR(MAX), [clar_cla_review_due_date] DATETIME, [clar_cla_review_date] DATETIME, [clar_cla_review_cancelled] NVARCHAR(MAX), [clar_cla_review_participation] NVARCHAR(MAX));
    WITH subjects AS (
        -- the child's subject rows of the review meeting that carry a qualifying outcome form
        SELECT fms.FACT_MEETINGS_ID, fms.DIM_PERSON_ID,
               MAX(fms.DIM_LOOKUP_PARTICIPATION_CODE_DESC) AS participation
        FROM [HDM].[Child_Social].[FACT_MEETING_SUBJECTS] fms
        JOIN [HDM].[Child_Social].[FACT_FORMS] ff ON ff.FACT_FORM_ID = fms.FACT_OUTCM_FORM_ID
        WHERE (ff.DIM_LOOKUP_FORM_TYPE_ID_CODE IS NULL OR NOT UPPER(LTRIM(RTRIM(CAST(ff.DIM_LOOKUP_FORM_TYPE_ID_CODE AS NVARCHAR(4000))))) IN (N'1391', N'1195', N'1377', N'1540', N'2069', N'2340'))AND ff.FACT_FORM_ID NOT IN (1071252)
        GROUP BY fms.FACT_MEETINGS_ID, fms.DIM_PERSON_ID
    )
    INSERT INTO [#ssd_load_ssd_cla_reviews] ([clar_cla_review_id], [clar_cla_id], [clar_cla_person_id], [clar_cla_review_due_date], [clar_cla_review_date], [clar_cla_review_cancelled], [clar_cla_review_participation])
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
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_reviews];
    INSERT INTO [ssd].[ssd_cla_reviews] ([clar_cla_review_id], [clar_cla_id], [clar_cla_person_id], [clar_cla_review_due_date], [clar_cla_review_date], [clar_cla_review_cancelled], [clar_cla_review_participation])
    SELECT CASE WHEN LEN([clar_cla_review_id]) > 48 THEN CONCAT(LEFT([clar_cla_review_id], 47), N'…') ELSE [clar_cla_review_id] END, CASE WHEN LEN([clar_cla_id]) > 48 THEN CONCAT(LEFT([clar_cla_id], 47), N'…') ELSE [clar_cla_id] END, CASE WHEN LEN([clar_cla_person_id]) > 48 THEN CONCAT(LEFT([clar_cla_person_id], 47), N'…') ELSE [clar_cla_person_id] END, [clar_cla_review_due_date], [clar_cla_review_date], CASE WHEN LEN([clar_cla_review_cancelled]) > 1 THEN CONCAT(LEFT([clar_cla_review_cancelled], 0), N'…') ELSE [clar_cla_review_cancelled] END, CASE WHEN LEN([clar_cla_review_participation]) > 100 THEN CONCAT(LEFT([clar_cla_review_participation], 99), N'…') ELSE [clar_cla_review_participation] END FROM [#ssd_load_ssd_cla_reviews];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_reviews', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clar_cla_review_id=', SUM(CASE WHEN LEN([clar_cla_review_id]) > 48 THEN 1 ELSE 0 END)), N' clar_cla_review_id=0'), NULLIF(CONCAT(N' clar_cla_id=', SUM(CASE WHEN LEN([clar_cla_id]) > 48 THEN 1 ELSE 0 END)), N' clar_cla_id=0'), NULLIF(CONCAT(N' clar_cla_person_id=', SUM(CASE WHEN LEN([clar_cla_person_id]) > 48 THEN 1 ELSE 0 END)), N' clar_cla_person_id=0'), NULLIF(CONCAT(N' clar_cla_review_cancelled=', SUM(CASE WHEN LEN([clar_cla_review_cancelled]) > 1 THEN 1 ELSE 0 END)), N' clar_cla_review_cancelled=0'), NULLIF(CONCAT(N' clar_cla_review_participation=', SUM(CASE WHEN LEN([clar_cla_review_participation]) > 100 THEN 1 ELSE 0 END)), N' clar_cla_review_participation=0')) FROM [#ssd_load_ssd_cla_reviews];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_reviews', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_reviews];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
