RAISERROR(N'refilling ssd_missing', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_missing];
    INSERT INTO [ssd].[ssd_missing] ([miss_table_id], [miss_person_id], [miss_missing_episode_start_date], [miss_missing_episode_type], [miss_missing_episode_end_date], [miss_missing_rhi_offered], [miss_missing_rhi_accepted])
    SELECT
        CAST(mp.FACT_MISSING_PERSON_ID AS NVARCHAR(48)),
        CAST(mp.DIM_PERSON_ID AS NVARCHAR(48)),
        mp.START_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(mp.MISSING_STATUS)), 100), ''),
        mp.END_DTTM,
        CASE UPPER(LTRIM(RTRIM(mp.RETURN_INTERVIEW_OFFERED))) WHEN 'YES' THEN 'Y' WHEN 'Y' THEN 'Y' WHEN 'NO' THEN 'N' WHEN 'N' THEN 'N' WHEN 'NA' THEN 'NA' END,
        CASE UPPER(LTRIM(RTRIM(mp.RETURN_INTERVIEW_ACCEPTED))) WHEN 'YES' THEN 'Y' WHEN 'Y' THEN 'Y' WHEN 'NO' THEN 'N' WHEN 'N' THEN 'N' WHEN 'NA' THEN 'NA' END
    FROM [HDM].[Child_Social].[FACT_MISSING_PERSON] mp
    WHERE mp.DIM_PERSON_ID <> -1
        AND (mp.END_DTTM IS NULL OR mp.END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(mp.DIM_PERSON_ID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_missing', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
