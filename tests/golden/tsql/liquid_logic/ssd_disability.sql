RAISERROR(N'refilling ssd_disability', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_disability];
    WITH disab AS (
        -- one national code per local code, so a doubled lookup row cannot double a disability
        SELECT d.MAIN_CODE, d.NAT_ID,
               ROW_NUMBER() OVER (PARTITION BY d.MAIN_CODE ORDER BY d.NAT_ID) AS rn
        FROM [HDM].[Child_Social].[DIM_LOOKUP_DISAB] d
        WHERE d.NAT_ID IS NOT NULL AND LTRIM(RTRIM(d.NAT_ID)) <> ''
    )
    INSERT INTO [ssd].[ssd_disability] ([disa_table_id], [disa_person_id], [disa_disability_code])
    SELECT
        CAST(fd.FACT_DISABILITY_ID AS NVARCHAR(48)),
        CAST(fd.DIM_PERSON_ID AS NVARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(dl.NAT_ID)), 48), '')
    FROM [HDM].[Child_Social].[FACT_DISABILITY] fd
    JOIN disab dl ON dl.MAIN_CODE = fd.DIM_LOOKUP_DISAB_CODE AND dl.rn = 1
    WHERE fd.DIM_PERSON_ID <> -1
        AND fd.DIM_LOOKUP_DISAB_CODE IS NOT NULL
        AND (fd.END_DTTM IS NULL OR fd.END_DTTM > CURRENT_TIMESTAMP)
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(fd.DIM_PERSON_ID AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_disability', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
