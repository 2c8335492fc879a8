RAISERROR(N'refilling ssd_disability', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_disability') IS NOT NULL DROP TABLE [#ssd_load_ssd_disability];
    CREATE TABLE [#ssd_load_ssd_disability] ([disa_table_id] NVARCHAR(MAX), [disa_person_id] NVARCHAR(MAX), [disa_disability_code] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_disability] ([disa_table_id], [disa_person_id], [disa_disability_code])
    SELECT
        CAST(d.CLASSIFICATIONASSIGNMENTID AS NVARCHAR(48)),
        CAST(d.PERSONID AS NVARCHAR(48)),
        COALESCE(CASE WHEN cl.NAME = N'No disability' THEN N'NONE' WHEN cl.NAME = N'Mobility' THEN N'MOB' WHEN cl.NAME = N'Hand function' THEN N'HAND' WHEN cl.NAME = N'Personal care' THEN N'PC' WHEN cl.NAME = N'Incontinence' THEN N'INC' WHEN cl.NAME = N'Communication' THEN N'COMM' WHEN cl.NAME = N'Learning Disability' THEN N'LD' WHEN cl.NAME = N'Learning' THEN N'LD' WHEN cl.NAME = N'Hearing' THEN N'HEAR' WHEN cl.NAME = N'Vision' THEN N'VIS' WHEN cl.NAME = N'Behaviour' THEN N'BEH' WHEN cl.NAME = N'Consciousness' THEN N'CON' WHEN cl.NAME = N'Diagnosed autism/aspergers' THEN N'AUT' WHEN cl.NAME = N'Autistic Spectrum Disorder' THEN N'AUT' WHEN cl.NAME = N'Autism spectrum condition' THEN N'AUT' END, CASE WHEN d.NAME = N'No disability' THEN N'NONE' WHEN d.NAME = N'Mobility' THEN N'MOB' WHEN d.NAME = N'Hand function' THEN N'HAND' WHEN d.NAME = N'Personal care' THEN N'PC' WHEN d.NAME = N'Incontinence' THEN N'INC' WHEN d.NAME = N'Communication' THEN N'COMM' WHEN d.NAME = N'Learning Disability' THEN N'LD' WHEN d.NAME = N'Learning' THEN N'LD' WHEN d.NAME = N'Hearing' THEN N'HEAR' WHEN d.NAME = N'Vision' THEN N'VIS' WHEN d.NAME = N'Behaviour' THEN N'BEH' WHEN d.NAME = N'Consciousness' THEN N'CON' WHEN d.NAME = N'Diagnosed autism/aspergers' THEN N'AUT' WHEN d.NAME = N'Autistic Spectrum Disorder' THEN N'AUT' WHEN d.NAME = N'Autism spectrum condition' THEN N'AUT' END, 'DDA')
    FROM [CLASSIFICATIONPERSONVIEW] d
    LEFT JOIN [CLASSIFICATION] cl ON cl.ID = d.CLASSIFICATIONCODEID
    WHERE (d.CLASSIFICATIONPATHID IN (55, 58, 79, 172, 186))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(d.PERSONID AS NVARCHAR(48)))
        AND COALESCE(d.STATUS, '') <> 'DELETED'
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
