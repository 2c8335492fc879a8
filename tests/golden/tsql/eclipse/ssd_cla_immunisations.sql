
RAISERROR(N'refilling ssd_cla_immunisations', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_immunisations') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_immunisations];
    CREATE TABLE [#ssd_load_ssd_cla_immunisations] ([clai_person_id] NVARCHAR(MAX), [clai_immunisations_status] NVARCHAR(MAX), [clai_immunisations_status_date] DATETIME);
    WITH checks AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                MAX(CASE WHEN f.CONTROLNAME = N'903Return_ImmunisationsComplete' THEN f.ANSWERVALUE END) AS complete,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfCheckImm' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfCheckImm' THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 112) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '%_/%_/[0-9][0-9][0-9][0-9]' AND LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) NOT LIKE '%[^0-9/]%' AND LEN(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121)))) <= 10 THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 103) END END)) AS check_date
            FROM [FORMANSWERPERSONVIEW] f
            WHERE f.DESIGNGUID = N'0438ab4f-0d93-40d3-ab73-f97455646041'
                AND f.INSTANCESTATE = 'COMPLETE'
                AND f.DESIGNSUBNAME IN (N'Immunisation check ')
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    latest AS (
        SELECT c.person_id, c.complete, COALESCE(c.check_date, c.completed_date) AS check_date,
            ROW_NUMBER() OVER (PARTITION BY c.person_id
                ORDER BY COALESCE(c.check_date, c.completed_date) DESC, c.instance_id DESC) AS pick
        FROM checks c
        WHERE c.complete IS NOT NULL AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(c.person_id AS NVARCHAR(48)))
    )
    INSERT INTO [#ssd_load_ssd_cla_immunisations] ([clai_person_id], [clai_immunisations_status], [clai_immunisations_status_date])
    SELECT
        CAST(l.person_id AS VARCHAR(48)),

    CASE WHEN l.complete IS NULL THEN NULL WHEN l.complete IN (N'Yes', N'Y') THEN 'Y' ELSE 'N' END,
        l.check_date
    FROM latest l
    WHERE l.pick = 1;
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_immunisations];
    INSERT INTO [ssd].[ssd_cla_immunisations] ([clai_person_id], [clai_immunisations_status], [clai_immunisations_status_date])
    SELECT CASE WHEN LEN([clai_person_id]) > 48 THEN CONCAT(LEFT([clai_person_id], 47), N'…') ELSE [clai_person_id] END, CASE WHEN LEN([clai_immunisations_status]) > 1 THEN CONCAT(LEFT([clai_immunisations_status], 0), N'…') ELSE [clai_immunisations_status] END, [clai_immunisations_status_date] FROM [#ssd_load_ssd_cla_immunisations];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_immunisations', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clai_person_id=', SUM(CASE WHEN LEN([clai_person_id]) > 48 THEN 1 ELSE 0 END)), N' clai_person_id=0'), N'', NULLIF(CONCAT(N' clai_immunisations_status=', SUM(CASE WHEN LEN([clai_immunisations_status]) > 1 THEN 1 ELSE 0 END)), N' clai_immunisations_status=0')) FROM [#ssd_load_ssd_cla_immunisations];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_immunisations', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_immunisations];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
