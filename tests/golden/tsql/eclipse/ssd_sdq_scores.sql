RAISERROR(N'refilling ssd_sdq_scores', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_sdq_scores') IS NOT NULL DROP TABLE [#ssd_load_ssd_sdq_scores];
    CREATE TABLE [#ssd_load_ssd_sdq_scores] ([csdq_table_id] NVARCHAR(MAX), [csdq_person_id] NVARCHAR(MAX), [csdq_sdq_completed_date] DATETIME, [csdq_sdq_score] INT, [csdq_sdq_reason] NVARCHAR(MAX));
    WITH sdq AS (
        SELECT
            f.INSTANCEID AS instance_id,
            f.ANSWERFORSUBJECTID AS person_id,
            MAX(f.SUBMITTERPERSONID) AS submitter_id,
            MIN(f.DATESTARTED) AS started_date,
            MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
            COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfLatestSDQRecord' THEN f.DATEANSWERVALUE END),
                     MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfLatestSDQRecord' THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 112) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '%_/%_/[0-9][0-9][0-9][0-9]' AND LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) NOT LIKE '%[^0-9/]%' AND LEN(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121)))) <= 10 THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 103) END END)) AS sdq_date,
            MAX(CASE WHEN f.CONTROLNAME = N'youngPersonsStrengthsAndDifficultiesQuestionnaireScore' THEN f.ANSWERVALUE END) AS score,
            MAX(CASE WHEN f.CONTROLNAME = N'903Return_reasonForNotSubmittingStrengthsAndDifficultiesQuestionnaireInPeriod' THEN f.ANSWERVALUE END) AS reason
        FROM [FORMANSWERPERSONVIEW] f
        WHERE f.DESIGNGUID = N'fb7f6ffc-e8a1-4b45-8eaa-356a5be33895'
            AND f.INSTANCESTATE = 'COMPLETE'
        GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    )
    INSERT INTO [#ssd_load_ssd_sdq_scores] ([csdq_table_id], [csdq_person_id], [csdq_sdq_completed_date], [csdq_sdq_score], [csdq_sdq_reason])
    SELECT
        CONCAT(s.person_id, '-', s.instance_id),
        CAST(s.person_id AS VARCHAR(48)),
        COALESCE(s.sdq_date, s.completed_date),
        TRY_CAST(s.score AS INT),
        CASE WHEN s.reason = N'No form returned as child was aged under 4 or over 17 at date of latest assessment' THEN N'SDQ1' WHEN s.reason = N'Carer(s) refused to complete and return questionnaire' THEN N'SDQ2' WHEN s.reason = N'Not possible to complete the questionnaire due to severity of the child’s disability' THEN N'SDQ3' WHEN s.reason = N'Not possible to complete the questionnaire due to severity of the child''s disability' THEN N'SDQ3' WHEN s.reason = N'Other' THEN N'SDQ4' WHEN s.reason = N'Child or young person refuses to allow an SDQ to be completed' THEN N'SDQ5' END
    FROM sdq s
    WHERE COALESCE(s.sdq_date, s.completed_date) >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(s.person_id AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_sdq_scores];
    INSERT INTO [ssd].[ssd_sdq_scores] ([csdq_table_id], [csdq_person_id], [csdq_sdq_completed_date], [csdq_sdq_score], [csdq_sdq_reason])
    SELECT CASE WHEN LEN([csdq_table_id]) > 48 THEN CONCAT(LEFT([csdq_table_id], 47), N'…') ELSE [csdq_table_id] END, CASE WHEN LEN([csdq_person_id]) > 48 THEN CONCAT(LEFT([csdq_person_id], 47), N'…') ELSE [csdq_person_id] END, [csdq_sdq_completed_date], [csdq_sdq_score], CASE WHEN LEN([csdq_sdq_reason]) > 100 THEN CONCAT(LEFT([csdq_sdq_reason], 99), N'…') ELSE [csdq_sdq_reason] END FROM [#ssd_load_ssd_sdq_scores];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_sdq_scores', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' csdq_table_id=', SUM(CASE WHEN LEN([csdq_table_id]) > 48 THEN 1 ELSE 0 END)), N' csdq_table_id=0'), N'', NULLIF(CONCAT(N' csdq_person_id=', SUM(CASE WHEN LEN([csdq_person_id]) > 48 THEN 1 ELSE 0 END)), N' csdq_person_id=0'), N'', NULLIF(CONCAT(N' csdq_sdq_reason=', SUM(CASE WHEN LEN([csdq_sdq_reason]) > 100 THEN 1 ELSE 0 END)), N' csdq_sdq_reason=0')) FROM [#ssd_load_ssd_sdq_scores];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_sdq_scores', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_sdq_scores];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
