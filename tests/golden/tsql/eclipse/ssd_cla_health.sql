
RAISERROR(N'refilling ssd_cla_health', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_health];
    WITH checks_1 AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfCheck8' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfCheck8' THEN TRY_CAST(f.ANSWERVALUE AS DATETIME) END)) AS check_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfCheck2' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfCheck2' THEN TRY_CAST(f.ANSWERVALUE AS DATETIME) END)) AS other_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'903Return_reportingDate' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'903Return_reportingDate' THEN TRY_CAST(f.ANSWERVALUE AS DATETIME) END)) AS reporting_date,
                MAX(CASE WHEN f.CONTROLNAME = N'903Return_HealthAssessmentTakenPlace' THEN f.ANSWERVALUE END) AS health_taken,
                MAX(CASE WHEN f.CONTROLNAME = N'903Return_DentalCheck' THEN f.ANSWERVALUE END) AS dental_taken,
                MAX(CASE WHEN f.CONTROLNAME = N'hasAnOpticianCheckTakenPlace' THEN f.ANSWERVALUE END) AS optician_taken
            FROM [FORMANSWERPERSONVIEW] f
            WHERE f.DESIGNGUID = N'0438ab4f-0d93-40d3-ab73-f97455646041'
                AND f.INSTANCESTATE = 'COMPLETE'
                AND f.DESIGNSUBNAME IN (N'Dental check ')
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    checks_2 AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfCheck8' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfCheck8' THEN TRY_CAST(f.ANSWERVALUE AS DATETIME) END)) AS check_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfCheck2' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfCheck2' THEN TRY_CAST(f.ANSWERVALUE AS DATETIME) END)) AS other_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'903Return_reportingDate' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'903Return_reportingDate' THEN TRY_CAST(f.ANSWERVALUE AS DATETIME) END)) AS reporting_date,
                MAX(CASE WHEN f.CONTROLNAME = N'903Return_HealthAssessmentTakenPlace' THEN f.ANSWERVALUE END) AS health_taken,
                MAX(CASE WHEN f.CONTROLNAME = N'903Return_DentalCheck' THEN f.ANSWERVALUE END) AS dental_taken,
                MAX(CASE WHEN f.CONTROLNAME = N'hasAnOpticianCheckTakenPlace' THEN f.ANSWERVALUE END) AS optician_taken
            FROM [FORMANSWERPERSONVIEW] f
            WHERE f.DESIGNGUID = N'0438ab4f-0d93-40d3-ab73-f97455646041'
                AND f.INSTANCESTATE = 'COMPLETE'
                AND f.DESIGNSUBNAME IN (N'Health check ')
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    checks_3 AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfCheck8' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfCheck8' THEN TRY_CAST(f.ANSWERVALUE AS DATETIME) END)) AS check_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfCheck2' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfCheck2' THEN TRY_CAST(f.ANSWERVALUE AS DATETIME) END)) AS other_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'903Return_reportingDate' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'903Return_reportingDate' THEN TRY_CAST(f.ANSWERVALUE AS DATETIME) END)) AS reporting_date,
                MAX(CASE WHEN f.CONTROLNAME = N'903Return_HealthAssessmentTakenPlace' THEN f.ANSWERVALUE END) AS health_taken,
                MAX(CASE WHEN f.CONTROLNAME = N'903Return_DentalCheck' THEN f.ANSWERVALUE END) AS dental_taken,
                MAX(CASE WHEN f.CONTROLNAME = N'hasAnOpticianCheckTakenPlace' THEN f.ANSWERVALUE END) AS optician_taken
            FROM [FORMANSWERPERSONVIEW] f
            WHERE f.DESIGNGUID = N'0438ab4f-0d93-40d3-ab73-f97455646041'
                AND f.INSTANCESTATE = 'COMPLETE'
                AND f.DESIGNSUBNAME IN (N'Optician check ')
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    assessments AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'dateLastHealthCheckCompleted' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'dateLastHealthCheckCompleted' THEN TRY_CAST(f.ANSWERVALUE AS DATETIME) END)) AS H,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'dateLastDentalCheckCompleted' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'dateLastDentalCheckCompleted' THEN TRY_CAST(f.ANSWERVALUE AS DATETIME) END)) AS D,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'dateLastOpticianCheckCompleted' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'dateLastOpticianCheckCompleted' THEN TRY_CAST(f.ANSWERVALUE AS DATETIME) END)) AS O
            FROM [FORMANSWERPERSONVIEW] f
            WHERE f.DESIGNGUID = N'36c62558-e07b-41bb-b3d1-1dd850d55472'
                AND f.INSTANCESTATE = 'COMPLETE'
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    all_checks AS (
        SELECT CONCAT(CAST(c.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY c.instance_id) > 1
        THEN CONCAT('-', CAST(c.person_id AS VARCHAR(48))) ELSE '' END) AS check_key, c.person_id, N'Dental Check' AS check_type,
            COALESCE(c.check_date, c.other_date, c.reporting_date) AS check_date,
            CASE WHEN c.health_taken IN (N'No') OR c.dental_taken IN (N'No')
                OR c.optician_taken IN (N'No') THEN 'Refused' ELSE 'Completed' END AS status
        FROM checks_1 c
        UNION ALL
        SELECT CONCAT(CAST(c.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY c.instance_id) > 1
        THEN CONCAT('-', CAST(c.person_id AS VARCHAR(48))) ELSE '' END) AS check_key, c.person_id, N'Health Assessment' AS check_type,
            COALESCE(c.check_date, c.other_date, c.reporting_date) AS check_date,
            CASE WHEN c.health_taken IN (N'No') OR c.dental_taken IN (N'No')
                OR c.optician_taken IN (N'No') THEN 'Refused' ELSE 'Completed' END AS status
        FROM checks_2 c
        UNION ALL
        SELECT CONCAT(CAST(c.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY c.instance_id) > 1
        THEN CONCAT('-', CAST(c.person_id AS VARCHAR(48))) ELSE '' END) AS check_key, c.person_id, N'Optician Check' AS check_type,
            COALESCE(c.check_date, c.other_date, c.reporting_date) AS check_date,
            CASE WHEN c.health_taken IN (N'No') OR c.dental_taken IN (N'No')
                OR c.optician_taken IN (N'No') THEN 'Refused' ELSE 'Completed' END AS status
        FROM checks_3 c
        UNION ALL
        SELECT CONCAT(CONCAT(CAST(a.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY a.instance_id) > 1
        THEN CONCAT('-', CAST(a.person_id AS VARCHAR(48))) ELSE '' END), '-D'), a.person_id, N'Dental Check', a.D, 'Completed'
        FROM assessments a
        WHERE a.D IS NOT NULL
        UNION ALL
        SELECT CONCAT(CONCAT(CAST(a.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY a.instance_id) > 1
        THEN CONCAT('-', CAST(a.person_id AS VARCHAR(48))) ELSE '' END), '-H'), a.person_id, N'Health Assessment', a.H, 'Completed'
        FROM assessments a
        WHERE a.H IS NOT NULL
        UNION ALL
        SELECT CONCAT(CONCAT(CAST(a.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY a.instance_id) > 1
        THEN CONCAT('-', CAST(a.person_id AS VARCHAR(48))) ELSE '' END), '-O'), a.person_id, N'Optician Check', a.O, 'Completed'
        FROM assessments a
        WHERE a.O IS NOT NULL

    )
    INSERT INTO [ssd].[ssd_cla_health] ([clah_health_check_id], [clah_person_id], [clah_health_check_type], [clah_health_check_date], [clah_health_check_status])
    SELECT
        ac.check_key,
        CAST(ac.person_id AS VARCHAR(48)),
        ac.check_type,
        ac.check_date,
        ac.status
    FROM all_checks ac
    WHERE ac.check_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)) AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(ac.person_id AS NVARCHAR(48)));
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_health', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
