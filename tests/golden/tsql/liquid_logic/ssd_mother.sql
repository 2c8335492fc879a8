RAISERROR(N'refilling ssd_mother', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_mother') IS NOT NULL DROP TABLE [#ssd_load_ssd_mother];
    CREATE TABLE [#ssd_load_ssd_mother] ([moth_table_id] NVARCHAR(MAX), [moth_person_id] NVARCHAR(MAX), [moth_childs_person_id] NVARCHAR(MAX), [moth_childs_dob] DATETIME);
    INSERT INTO [#ssd_load_ssd_mother] ([moth_table_id], [moth_person_id], [moth_childs_person_id], [moth_childs_dob])
    SELECT
        CAST(fpr.FACT_PERSON_RELATION_ID AS NVARCHAR(48)),
        CAST(fpr.DIM_PERSON_ID AS NVARCHAR(48)),
        CAST(fpr.DIM_RELATED_PERSON_ID AS NVARCHAR(48)),
        fpr.DIM_RELATED_PERSON_DOB
    FROM [HDM].[Child_Social].[FACT_PERSON_RELATION] fpr
    JOIN [HDM].[Child_Social].[DIM_PERSON] p ON p.DIM_PERSON_ID = fpr.DIM_PERSON_ID
    WHERE UPPER(LTRIM(RTRIM(CAST(fpr.DIM_LOOKUP_RELTN_TYPE_CODE AS NVARCHAR(4000))))) = N'CHI'
        AND fpr.END_DTTM IS NULL
        AND fpr.DIM_PERSON_ID <> -1
        AND fpr.DIM_RELATED_PERSON_ID IS NOT NULL AND fpr.DIM_RELATED_PERSON_ID <> -1
        AND COALESCE(p.GENDER_MAIN_CODE, '') <> 'M'
        AND (EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(fpr.DIM_PERSON_ID AS NVARCHAR(48)))
             OR EXISTS (SELECT 1 FROM [ssd].[ssd_cin_episodes] ce
                        WHERE ce.cine_person_id = CAST(fpr.DIM_PERSON_ID AS NVARCHAR(48))));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_mother];
    INSERT INTO [ssd].[ssd_mother] ([moth_table_id], [moth_person_id], [moth_childs_person_id], [moth_childs_dob])
    SELECT CASE WHEN LEN([moth_table_id]) > 48 THEN CONCAT(LEFT([moth_table_id], 47), N'…') ELSE [moth_table_id] END, CASE WHEN LEN([moth_person_id]) > 48 THEN CONCAT(LEFT([moth_person_id], 47), N'…') ELSE [moth_person_id] END, CASE WHEN LEN([moth_childs_person_id]) > 48 THEN CONCAT(LEFT([moth_childs_person_id], 47), N'…') ELSE [moth_childs_person_id] END, [moth_childs_dob] FROM [#ssd_load_ssd_mother];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_mother', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' moth_table_id=', SUM(CASE WHEN LEN([moth_table_id]) > 48 THEN 1 ELSE 0 END)), N' moth_table_id=0'), NULLIF(CONCAT(N' moth_person_id=', SUM(CASE WHEN LEN([moth_person_id]) > 48 THEN 1 ELSE 0 END)), N' moth_person_id=0'), NULLIF(CONCAT(N' moth_childs_person_id=', SUM(CASE WHEN LEN([moth_childs_person_id]) > 48 THEN 1 ELSE 0 END)), N' moth_childs_person_id=0')) FROM [#ssd_load_ssd_mother];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_mother', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_mother];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
