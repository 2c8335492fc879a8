RAISERROR(N'refilling ssd_mother', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_mother') IS NOT NULL DROP TABLE [#ssd_load_ssd_mother];
    CREATE TABLE [#ssd_load_ssd_mother] ([moth_table_id] NVARCHAR(MAX), [moth_person_id] NVARCHAR(MAX), [moth_childs_person_id] NVARCHAR(MAX), [moth_childs_dob] DATETIME);
    WITH pairs AS (
        SELECT DISTINCT pr.PERSON_ID AS mother_id, pr.OTHER_PERSON_ID AS child_id
        FROM [dm_PERSONAL_RELATIONSHIPS] pr
        WHERE UPPER(LTRIM(RTRIM(CAST(pr.IS_MOTHER AS NVARCHAR(4000))))) = N'Y' AND pr.OTHER_PERSON_ID IS NOT NULL
    )
    INSERT INTO [#ssd_load_ssd_mother] ([moth_table_id], [moth_person_id], [moth_childs_person_id], [moth_childs_dob])
    SELECT
        CONCAT(CAST(pa.mother_id AS NVARCHAR(20)), '-', CAST(pa.child_id AS NVARCHAR(20))),
        CAST(pa.mother_id AS VARCHAR(48)),
        CAST(pa.child_id AS VARCHAR(48)),
        p.DATE_OF_BIRTH
    FROM pairs pa
    LEFT JOIN [dm_persons] p ON p.PERSON_ID = pa.child_id
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(pa.mother_id AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_mother];
    INSERT INTO [ssd].[ssd_mother] ([moth_table_id], [moth_person_id], [moth_childs_person_id], [moth_childs_dob])
    SELECT CASE WHEN LEN([moth_table_id]) > 48 THEN CONCAT(LEFT([moth_table_id], 47), N'…') ELSE [moth_table_id] END, CASE WHEN LEN([moth_person_id]) > 48 THEN CONCAT(LEFT([moth_person_id], 47), N'…') ELSE [moth_person_id] END, CASE WHEN LEN([moth_childs_person_id]) > 48 THEN CONCAT(LEFT([moth_childs_person_id], 47), N'…') ELSE [moth_childs_person_id] END, [moth_childs_dob] FROM [#ssd_load_ssd_mother];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_mother', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' moth_table_id=', SUM(CASE WHEN LEN([moth_table_id]) > 48 THEN 1 ELSE 0 END)), N' moth_table_id=0'), N'', NULLIF(CONCAT(N' moth_person_id=', SUM(CASE WHEN LEN([moth_person_id]) > 48 THEN 1 ELSE 0 END)), N' moth_person_id=0'), N'', NULLIF(CONCAT(N' moth_childs_person_id=', SUM(CASE WHEN LEN([moth_childs_person_id]) > 48 THEN 1 ELSE 0 END)), N' moth_childs_person_id=0')) FROM [#ssd_load_ssd_mother];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_mother', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_mother];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
