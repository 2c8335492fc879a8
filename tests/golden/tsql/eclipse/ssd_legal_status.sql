RAISERROR(N'refilling ssd_legal_status', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_legal_status') IS NOT NULL DROP TABLE [#ssd_load_ssd_legal_status];
    CREATE TABLE [#ssd_load_ssd_legal_status] ([lega_legal_status_id] NVARCHAR(MAX), [lega_person_id] NVARCHAR(MAX), [lega_legal_status] NVARCHAR(MAX), [lega_legal_status_start_date] DATETIME, [lega_legal_status_end_date] DATETIME);
    WITH statuses AS (
        SELECT e.EPISODEOFCAREID AS episode_id, e.PERSONID AS person_id, e.LEGALSTATUS AS status,
            e.EOCSTARTDATE AS start_date, e.EOCENDDATE AS end_date,
            CASE WHEN LAG(e.LEGALSTATUS) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.LEGALSTATUS
                AND LAG(e.EOCENDDATE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) >= DATEADD(DAY, -1, e.EOCSTARTDATE)
                THEN 0 ELSE 1 END AS is_new
        FROM [CLAEPISODEOFCAREVIEW] e
        WHERE e.EOCSTARTDATE IS NOT NULL AND e.LEGALSTATUS IS NOT NULL AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(e.PERSONID AS NVARCHAR(48)))
    ),
    numbered AS (
        SELECT st.*, SUM(st.is_new) OVER (PARTITION BY st.person_id ORDER BY st.start_date, st.episode_id
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS spell_no
        FROM statuses st
    ),
    spells AS (
        SELECT n.person_id, MAX(CASE WHEN n.is_new = 1 THEN n.episode_id END) AS spell_id, MAX(n.status) AS status,
            MIN(n.start_date) AS start_date,
            CASE WHEN MAX(CASE WHEN n.end_date IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(n.end_date) END AS end_date
        FROM numbered n
        GROUP BY n.person_id, n.spell_no
    )
    INSERT INTO [#ssd_load_ssd_legal_status] ([lega_legal_status_id], [lega_person_id], [lega_legal_status], [lega_legal_status_start_date], [lega_legal_status_end_date])
    SELECT
        CAST(sp.spell_id AS NVARCHAR(48)),
        CAST(sp.person_id AS NVARCHAR(48)),
        LEFT(sp.status, 100),
        sp.start_date,
        sp.end_date
    FROM spells sp
    WHERE (sp.end_date IS NULL OR sp.end_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_legal_status];
    INSERT INTO [ssd].[ssd_legal_status] ([lega_legal_status_id], [lega_person_id], [lega_legal_status], [lega_legal_status_start_date], [lega_legal_status_end_date])
    SELECT CASE WHEN LEN([lega_legal_status_id]) > 48 THEN CONCAT(LEFT([lega_legal_status_id], 47), N'…') ELSE [lega_legal_status_id] END, CASE WHEN LEN([lega_person_id]) > 48 THEN CONCAT(LEFT([lega_person_id], 47), N'…') ELSE [lega_person_id] END, CASE WHEN LEN([lega_legal_status]) > 100 THEN CONCAT(LEFT([lega_legal_status], 99), N'…') ELSE [lega_legal_status] END, [lega_legal_status_start_date], [lega_legal_status_end_date] FROM [#ssd_load_ssd_legal_status];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_legal_status', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' lega_legal_status_id=', SUM(CASE WHEN LEN([lega_legal_status_id]) > 48 THEN 1 ELSE 0 END)), N' lega_legal_status_id=0'), NULLIF(CONCAT(N' lega_person_id=', SUM(CASE WHEN LEN([lega_person_id]) > 48 THEN 1 ELSE 0 END)), N' lega_person_id=0'), NULLIF(CONCAT(N' lega_legal_status=', SUM(CASE WHEN LEN([lega_legal_status]) > 100 THEN 1 ELSE 0 END)), N' lega_legal_status=0')) FROM [#ssd_load_ssd_legal_status];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_legal_status', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_legal_status];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
