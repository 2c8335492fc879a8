RAISERROR(N'refilling ssd_family', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_family') IS NOT NULL DROP TABLE [#ssd_load_ssd_family];
    CREATE TABLE [#ssd_load_ssd_family] ([fami_table_id] NVARCHAR(MAX), [fami_family_id] NVARCHAR(MAX), [fami_person_id] NVARCHAR(MAX));
    WITH members AS (
        SELECT DISTINCT sg.GROUP_ID AS group_id, ss.SUBJECT_COMPOUND_ID AS person_id
        FROM [dm_subgroups] sg
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = sg.SUBGROUP_ID AND UPPER(LTRIM(RTRIM(CAST(ss.SUBJECT_TYPE_CODE AS NVARCHAR(4000))))) = N'PER'
        WHERE sg.ONLY_SUBJECT_TYPE_CODE IS NULL AND sg.GROUP_ID IS NOT NULL AND ss.SUBJECT_COMPOUND_ID IS NOT NULL
    ),
    sizes AS (
        SELECT m.group_id, COUNT(*) AS people
        FROM members m
        GROUP BY m.group_id
    ),
    ranked AS (
        SELECT m.group_id, m.person_id,
               ROW_NUMBER() OVER (PARTITION BY m.person_id ORDER BY sz.people DESC, m.group_id DESC) AS pick
        FROM members m
        JOIN sizes sz ON sz.group_id = m.group_id
    )
    INSERT INTO [#ssd_load_ssd_family] ([fami_table_id], [fami_family_id], [fami_person_id])
    SELECT
        CONCAT(CAST(r.group_id AS NVARCHAR(20)), '.', CAST(r.person_id AS NVARCHAR(20))),
        CAST(r.group_id AS NVARCHAR(48)),
        CAST(r.person_id AS NVARCHAR(48))
    FROM ranked r
    WHERE r.pick = 1
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(r.person_id AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_family];
    INSERT INTO [ssd].[ssd_family] ([fami_table_id], [fami_family_id], [fami_person_id])
    SELECT CASE WHEN LEN([fami_table_id]) > 48 THEN CONCAT(LEFT([fami_table_id], 47), N'…') ELSE [fami_table_id] END, CASE WHEN LEN([fami_family_id]) > 48 THEN CONCAT(LEFT([fami_family_id], 47), N'…') ELSE [fami_family_id] END, CASE WHEN LEN([fami_person_id]) > 48 THEN CONCAT(LEFT([fami_person_id], 47), N'…') ELSE [fami_person_id] END FROM [#ssd_load_ssd_family];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_family', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' fami_table_id=', SUM(CASE WHEN LEN([fami_table_id]) > 48 THEN 1 ELSE 0 END)), N' fami_table_id=0'), NULLIF(CONCAT(N' fami_family_id=', SUM(CASE WHEN LEN([fami_family_id]) > 48 THEN 1 ELSE 0 END)), N' fami_family_id=0'), NULLIF(CONCAT(N' fami_person_id=', SUM(CASE WHEN LEN([fami_person_id]) > 48 THEN 1 ELSE 0 END)), N' fami_person_id=0')) FROM [#ssd_load_ssd_family];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_family', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_family];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
