RAISERROR(N'refilling ssd_mother', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_mother];
    INSERT INTO [ssd].[ssd_mother] ([moth_table_id], [moth_person_id], [moth_childs_person_id], [moth_childs_dob])
    SELECT
        CAST(fpr.FACT_PERSON_RELATION_ID AS NVARCHAR(48)),
        CAST(fpr.DIM_PERSON_ID AS NVARCHAR(48)),
        CAST(fpr.DIM_RELATED_PERSON_ID AS NVARCHAR(48)),
        fpr.DIM_RELATED_PERSON_DOB
    FROM [HDM].[Child_Social].[FACT_PERSON_RELATION] fpr
    JOIN [HDM].[Child_Social].[DIM_PERSON] p ON p.DIM_PERSON_ID = fpr.DIM_PERSON_ID
    WHERE fpr.DIM_LOOKUP_RELTN_TYPE_CODE = N'CHI'
        AND fpr.END_DTTM IS NULL
        AND fpr.DIM_PERSON_ID <> -1
        AND fpr.DIM_RELATED_PERSON_ID IS NOT NULL AND fpr.DIM_RELATED_PERSON_ID <> -1
        AND COALESCE(p.GENDER_MAIN_CODE, '') <> 'M'
        AND (EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(fpr.DIM_PERSON_ID AS NVARCHAR(48)))
             OR EXISTS (SELECT 1 FROM [ssd].[ssd_cin_episodes] ce
                        WHERE ce.cine_person_id = CAST(fpr.DIM_PERSON_ID AS NVARCHAR(48))));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_mother', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
