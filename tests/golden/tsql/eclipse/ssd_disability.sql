RAISERROR(N'refilling ssd_disability', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_disability') IS NOT NULL DROP TABLE [#ssd_load_ssd_disability];
    CREATE TABLE [#ssd_load_ssd_disability] ([disa_table_id] NVARCHAR(MAX), [disa_person_id] NVARCHAR(MAX), [disa_disability_code] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_disability] ([disa_table_id], [disa_person_id], [disa_disability_code])
    SELECT
        CAST(d.CLASSIFICATIONASSIGNMENTID AS NVARCHAR(48)),
        CAST(d.PERSONID AS NVARCHAR(48)),
        COALESCE(CASE UPPER(LTRIM(RTRIM(CAST(cl.NAME AS NVARCHAR(4000))))) WHEN N'NO DISABILITY' THEN N'NONE' WHEN N'MOBILITY' THEN N'MOB' WHEN N'HAND FUNCTION' THEN N'HAND' WHEN N'PERSONAL CARE' THEN N'PC' WHEN N'INCONTINENCE' THEN N'INC' WHEN N'COMMUNICATION' THEN N'COMM' WHEN N'LEARNING DISABILITY' THEN N'LD' WHEN N'LEARNING' THEN N'LD' WHEN N'HEARING' THEN N'HEAR' WHEN N'VISION' THEN N'VIS' WHEN N'BEHAVIOUR' THEN N'BEH' WHEN N'CONSCIOUSNESS' THEN N'CON' WHEN N'DIAGNOSED AUTISM/ASPERGERS' THEN N'AUT' WHEN N'AUTISTIC SPECTRUM DISORDER' THEN N'AUT' WHEN N'AUTISM SPECTRUM CONDITION' THEN N'AUT' WHEN N'OTHER DDA' THEN N'DDA' END, CASE UPPER(LTRIM(RTRIM(CAST(d.NAME AS NVARCHAR(4000))))) WHEN N'NO DISABILITY' THEN N'NONE' WHEN N'MOBILITY' THEN N'MOB' WHEN N'HAND FUNCTION' THEN N'HAND' WHEN N'PERSONAL CARE' THEN N'PC' WHEN N'INCONTINENCE' THEN N'INC' WHEN N'COMMUNICATION' THEN N'COMM' WHEN N'LEARNING DISABILITY' THEN N'LD' WHEN N'LEARNING' THEN N'LD' WHEN N'HEARING' THEN N'HEAR' WHEN N'VISION' THEN N'VIS' WHEN N'BEHAVIOUR' THEN N'BEH' WHEN N'CONSCIOUSNESS' THEN N'CON' WHEN N'DIAGNOSED AUTISM/ASPERGERS' THEN N'AUT' WHEN N'AUTISTIC SPECTRUM DISORDER' THEN N'AUT' WHEN N'AUTISM SPECTRUM CONDITION' THEN N'AUT' WHEN N'OTHER DDA' THEN N'DDA' END, 'DDA')
    FROM [CLASSIFICATIONPERSONVIEW] d
    LEFT JOIN [CLASSIFICATION] cl ON cl.ID = d.CLASSIFICATIONCODEID
    WHERE (d.CLASSIFICATIONPATHID IN (55, 58, 79, 172, 186))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(d.PERSONID AS NVARCHAR(48)))
        AND (d.STATUS IS NULL OR NOT UPPER(LTRIM(RTRIM(CAST(d.STATUS AS NVARCHAR(4000))))) = N'DELETED')
        AND (d.ENDDATE IS NULL OR d.ENDDATE >= CAST(GETDATE() AS DATE));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_disability];
    INSERT INTO [ssd].[ssd_disability] ([disa_table_id], [disa_person_id], [disa_disability_code])
    SELECT CASE WHEN LEN([disa_table_id]) > 48 THEN CONCAT(LEFT([disa_table_id], 47), N'…') ELSE [disa_table_id] END, CASE WHEN LEN([disa_person_id]) > 48 THEN CONCAT(LEFT([disa_person_id], 47), N'…') ELSE [disa_person_id] END, CASE WHEN LEN([disa_disability_code]) > 48 THEN CONCAT(LEFT([disa_disability_code], 47), N'…') ELSE [disa_disability_code] END FROM [#ssd_load_ssd_disability];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_disability', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' disa_table_id=', SUM(CASE WHEN LEN([disa_table_id]) > 48 THEN 1 ELSE 0 END)), N' disa_table_id=0'), NULLIF(CONCAT(N' disa_person_id=', SUM(CASE WHEN LEN([disa_person_id]) > 48 THEN 1 ELSE 0 END)), N' disa_person_id=0'), NULLIF(CONCAT(N' disa_disability_code=', SUM(CASE WHEN LEN([disa_disability_code]) > 48 THEN 1 ELSE 0 END)), N' disa_disability_code=0')) FROM [#ssd_load_ssd_disability];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_disability', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_disability];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
