RAISERROR(N'refilling ssd_sdq_scores', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_sdq_scores];
    WITH sdq AS (
        SELECT
            f.INSTANCEID AS instance_id,
            f.ANSWERFORSUBJECTID AS person_id,
            MAX(f.SUBMITTERPERSONID) AS submitter_id,
            MIN(f.DATESTARTED) AS started_date,
            MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
            COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfLatestSDQRecord' THEN f.DATEANSWERVALUE END),
                     MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfLatestSDQRecord' THEN TRY_CAST(f.ANSWERVALUE AS DATETIME) END)) AS sdq_date,
            MAX(CASE WHEN f.CONTROLNAME = N'youngPersonsStrengthsAndDifficultiesQuestionnaireScore' THEN f.ANSWERVALUE END) AS score,
            MAX(CASE WHEN f.CONTROLNAME = N'903Return_reasonForNotSubmittingStrengthsAndDifficultiesQuestionnaireInPeriod' THEN f.ANSWERVALUE END) AS reason
        FROM [FORMANSWERPERSONVIEW] f
        WHERE f.DESIGNGUID = N'fb7f6ffc-e8a1-4b45-8eaa-356a5be33895'
            AND f.INSTANCESTATE = 'COMPLETE'
        GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    )
    INSERT INTO [ssd].[ssd_sdq_scores] ([csdq_table_id], [csdq_person_id], [csdq_sdq_completed_date], [csdq_sdq_score], [csdq_sdq_reason])
    SELECT
        CONCAT(s.person_id, '-', s.instance_id),
        CAST(s.person_id AS VARCHAR(48)),
        COALESCE(s.sdq_date, s.completed_date),
        TRY_CAST(s.score AS INT),
        CASE WHEN s.reason = N'No form returned as child was aged under 4 or over 17 at date of latest assessment' THEN N'SDQ1' WHEN s.reason = N'Carer(s) refused to complete and return questionnaire' THEN N'SDQ2' WHEN s.reason = N'Not possible to complete the questionnaire due to severity of the child’s disability' THEN N'SDQ3' WHEN s.reason = N'Not possible to complete the questionnaire due to severity of the child''s disability' THEN N'SDQ3' WHEN s.reason = N'Other' THEN N'SDQ4' WHEN s.reason = N'Child or young person refuses to allow an SDQ to be completed' THEN N'SDQ5' END
    FROM sdq s
    WHERE COALESCE(s.sdq_date, s.completed_date) >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(s.person_id AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_sdq_scores', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
