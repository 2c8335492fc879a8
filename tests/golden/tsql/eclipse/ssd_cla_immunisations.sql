
RAISERROR(N'refilling ssd_cla_immunisations', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_immunisations') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_immunisations];
    CREATE TABLE [#ssd_load_ssd_cla_immunisations] ([clai_person_id] NVARCHAR(MAX), [clai_immunisations_status] NVARCHAR(MAX), [clai_immunisations_status_date] DATETIME);
    WITH checks AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                MAX(CASE WHEN fr.control_no = 1 THEN fr.answer END) AS complete,
                COALESCE(MAX(CASE WHEN fr.control_no = 2 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 2 AND fr.date_answer IS NULL THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END) = 0 OR CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END LIKE N'.[0-9]%' AND SUBSTRING(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 103) END END)) AS check_date
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.CONTROLNAME WHEN N'903Return_ImmunisationsComplete' THEN 1 WHEN N'903Return_dateOfCheckImm' THEN 2 ELSE CASE UPPER(LTRIM(RTRIM(CAST(f.CONTROLNAME AS NVARCHAR(4000))))) WHEN N'903RETURN_IMMUNISATIONSCOMPLETE' THEN 1 WHEN N'903RETURN_DATEOFCHECKIMM' THEN 2 END END AS control_no
                FROM [FORMANSWERPERSONVIEW] f
                WHERE f.DESIGNGUID = N'0438ab4f-0d93-40d3-ab73-f97455646041'
                    AND (f.DESIGNSUBNAME IN (N'Immunisation check ') OR UPPER(LTRIM(RTRIM(CAST(f.DESIGNSUBNAME AS NVARCHAR(4000))))) IN (N'IMMUNISATION CHECK'))
                    AND (f.INSTANCESTATE IN (N'COMPLETE') OR UPPER(LTRIM(RTRIM(CAST(f.INSTANCESTATE AS NVARCHAR(4000))))) IN (N'COMPLETE'))
            ) fr
            GROUP BY fr.instance_id, fr.person_id
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
        CAST(l.person_id AS NVARCHAR(48)),

    CASE WHEN l.complete IS NULL THEN NULL WHEN (l.complete IN (N'Yes', N'Y') OR UPPER(LTRIM(RTRIM(CAST(l.complete AS NVARCHAR(4000))))) IN (N'YES', N'Y')) THEN 'Y' ELSE 'N' END,
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
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clai_person_id=', SUM(CASE WHEN LEN([clai_person_id]) > 48 THEN 1 ELSE 0 END)), N' clai_person_id=0'), NULLIF(CONCAT(N' clai_immunisations_status=', SUM(CASE WHEN LEN([clai_immunisations_status]) > 1 THEN 1 ELSE 0 END)), N' clai_immunisations_status=0')) FROM [#ssd_load_ssd_cla_immunisations];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_immunisations', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_immunisations];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
