
RAISERROR(N'refilling ssd_cla_immunisations', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_immunisations];
    WITH checks AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                MAX(CASE WHEN f.CONTROLNAME = N'903Return_ImmunisationsComplete' THEN f.ANSWERVALUE END) AS complete,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfCheckImm' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfCheckImm' THEN TRY_CAST(f.ANSWERVALUE AS DATETIME) END)) AS check_date
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
    INSERT INTO [ssd].[ssd_cla_immunisations] ([clai_person_id], [clai_immunisations_status], [clai_immunisations_status_date])
    SELECT
        CAST(l.person_id AS VARCHAR(48)),

    CASE WHEN l.complete IS NULL THEN NULL WHEN l.complete IN (N'Yes', N'Y') THEN 'Y' ELSE 'N' END,
        l.check_date
    FROM latest l
    WHERE l.pick = 1;
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_immunisations', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
