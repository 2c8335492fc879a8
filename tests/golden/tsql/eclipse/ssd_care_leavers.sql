RAISERROR(N'refilling ssd_care_leavers', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_care_leavers') IS NOT NULL DROP TABLE [#ssd_load_ssd_care_leavers];
    CREATE TABLE [#ssd_load_ssd_care_leavers] ([clea_table_id] NVARCHAR(MAX), [clea_person_id] NVARCHAR(MAX), [clea_care_leaver_eligibility] NVARCHAR(MAX), [clea_care_leaver_in_touch] NVARCHAR(MAX), [clea_care_leaver_latest_contact] DATETIME, [clea_care_leaver_accommodation] NVARCHAR(MAX), [clea_care_leaver_accom_suitable] NVARCHAR(MAX), [clea_care_leaver_activity] NVARCHAR(MAX), [clea_pathway_plan_review_date] DATETIME, [clea_care_leaver_personal_advisor] NVARCHAR(MAX), [clea_care_leaver_allocated_team] NVARCHAR(MAX), [clea_care_leaver_worker_id] NVARCHAR(MAX));
    WITH leavers AS (
        SELECT lx.event_key, lx.person_id, lx.event_date, lx.eligibility, lx.in_touch, lx.accommodation,
            lx.suitable, lx.activity
        FROM (
            SELECT cl.CARELEAVERID AS event_key, cl.PERSONID AS person_id, cl.CONTACTDATE AS event_date,
                cl.ELIGIBILITY AS eligibility, cl.INTOUCHCODE AS in_touch, cl.ACCOMODATIONCODE AS accommodation,
                cl.ACCOMSUITABLE AS suitable, cl.MAINACTIVITYCODE AS activity,
                ROW_NUMBER() OVER (PARTITION BY cl.PERSONID ORDER BY
                    CASE WHEN cl.CONTACTDATE IS NULL THEN 1 ELSE 0 END, cl.CONTACTDATE DESC, cl.CARELEAVERID DESC) AS pick
            FROM [CLACARELEAVERDETAILSVIEW] cl
            WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(cl.PERSONID AS NVARCHAR(48)))
        ) lx
        WHERE lx.pick = 1
    ),
    pathway_forms AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 1 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END) = 0 OR CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END LIKE N'.[0-9]%' AND SUBSTRING(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 103) END END)) AS plan_date
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.CONTROLNAME WHEN N'dateOfPathwayPlan' THEN 1 ELSE CASE UPPER(LTRIM(RTRIM(CAST(f.CONTROLNAME AS NVARCHAR(4000))))) WHEN N'DATEOFPATHWAYPLAN' THEN 1 END END AS control_no
                FROM [FORMANSWERPERSONVIEW] f
                WHERE f.DESIGNGUID = N'c17d1557-513d-443f-8013-a31eb541455b'
                    AND (f.INSTANCESTATE IN (N'COMPLETE') OR UPPER(LTRIM(RTRIM(CAST(f.INSTANCESTATE AS NVARCHAR(4000))))) IN (N'COMPLETE'))
            ) fr
            GROUP BY fr.instance_id, fr.person_id
    ),
    pathway AS (
        SELECT pf.person_id, MAX(pf.plan_date) AS plan_date
        FROM pathway_forms pf
        GROUP BY pf.person_id
    ),
    workers AS (
        SELECT chosen.event_key, chosen.worker_id
        FROM (
            SELECT ev.event_key, CAST(aw.PROFESSIONALRELATIONSHIPPERSONID AS NVARCHAR(48)) AS worker_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY aw.STARTDATE DESC, aw.PERSONRELATIONSHIPRECORDID DESC) AS pick
            FROM leavers ev
            JOIN [RELATIONSHIPPROFESSIONALVIEW] aw
                ON aw.PERSONID = ev.person_id AND UPPER(LTRIM(RTRIM(CAST(aw.ALLOCATEDWORKERCODE AS NVARCHAR(4000))))) = N'AW' AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    teams AS (
        SELECT chosen.event_key, chosen.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS NVARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM leavers ev
            JOIN [PERSONORGRELATIONSHIPVIEW] tm
                ON tm.PERSONID = ev.person_id AND UPPER(LTRIM(RTRIM(CAST(tm.ALLOCATEDTEAMCODE AS NVARCHAR(4000))))) = N'AT' AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_care_leavers] ([clea_table_id], [clea_person_id], [clea_care_leaver_eligibility], [clea_care_leaver_in_touch], [clea_care_leaver_latest_contact], [clea_care_leaver_accommodation], [clea_care_leaver_accom_suitable], [clea_care_leaver_activity], [clea_pathway_plan_review_date], [clea_care_leaver_personal_advisor], [clea_care_leaver_allocated_team], [clea_care_leaver_worker_id])
    SELECT
        CAST(l.event_key AS NVARCHAR(48)),
        CAST(l.person_id AS NVARCHAR(48)),
        LEFT(l.eligibility, 100),
        LEFT(l.in_touch, 100),
        l.event_date,
        LEFT(l.accommodation, 100),
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(l.suitable AS NVARCHAR(4000))))) = N'ACCOMMODATION CONSIDERED SUITABLE' THEN '1'
            WHEN UPPER(LTRIM(RTRIM(CAST(l.suitable AS NVARCHAR(4000))))) = N'ACCOMMODATION CONSIDERED UNSUITABLE' THEN '2' ELSE LEFT(l.suitable, 100) END,
        LEFT(l.activity, 100),
        pw.plan_date,
        w.worker_id,
        t.team_id,
        w.worker_id
    FROM leavers l
    LEFT JOIN pathway pw ON pw.person_id = l.person_id
    LEFT JOIN workers w ON w.event_key = l.event_key
    LEFT JOIN teams t ON t.event_key = l.event_key;
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_care_leavers];
    INSERT INTO [ssd].[ssd_care_leavers] ([clea_table_id], [clea_person_id], [clea_care_leaver_eligibility], [clea_care_leaver_in_touch], [clea_care_leaver_latest_contact], [clea_care_leaver_accommodation], [clea_care_leaver_accom_suitable], [clea_care_leaver_activity], [clea_pathway_plan_review_date], [clea_care_leaver_personal_advisor], [clea_care_leaver_allocated_team], [clea_care_leaver_worker_id])
    SELECT CASE WHEN LEN([clea_table_id]) > 48 THEN CONCAT(LEFT([clea_table_id], 47), N'…') ELSE [clea_table_id] END, CASE WHEN LEN([clea_person_id]) > 48 THEN CONCAT(LEFT([clea_person_id], 47), N'…') ELSE [clea_person_id] END, CASE WHEN LEN([clea_care_leaver_eligibility]) > 100 THEN CONCAT(LEFT([clea_care_leaver_eligibility], 99), N'…') ELSE [clea_care_leaver_eligibility] END, CASE WHEN LEN([clea_care_leaver_in_touch]) > 100 THEN CONCAT(LEFT([clea_care_leaver_in_touch], 99), N'…') ELSE [clea_care_leaver_in_touch] END, [clea_care_leaver_latest_contact], CASE WHEN LEN([clea_care_leaver_accommodation]) > 100 THEN CONCAT(LEFT([clea_care_leaver_accommodation], 99), N'…') ELSE [clea_care_leaver_accommodation] END, CASE WHEN LEN([clea_care_leaver_accom_suitable]) > 100 THEN CONCAT(LEFT([clea_care_leaver_accom_suitable], 99), N'…') ELSE [clea_care_leaver_accom_suitable] END, CASE WHEN LEN([clea_care_leaver_activity]) > 100 THEN CONCAT(LEFT([clea_care_leaver_activity], 99), N'…') ELSE [clea_care_leaver_activity] END, [clea_pathway_plan_review_date], CASE WHEN LEN([clea_care_leaver_personal_advisor]) > 100 THEN CONCAT(LEFT([clea_care_leaver_personal_advisor], 99), N'…') ELSE [clea_care_leaver_personal_advisor] END, CASE WHEN LEN([clea_care_leaver_allocated_team]) > 48 THEN CONCAT(LEFT([clea_care_leaver_allocated_team], 47), N'…') ELSE [clea_care_leaver_allocated_team] END, CASE WHEN LEN([clea_care_leaver_worker_id]) > 100 THEN CONCAT(LEFT([clea_care_leaver_worker_id], 99), N'…') ELSE [clea_care_leaver_worker_id] END FROM [#ssd_load_ssd_care_leavers];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_care_leavers', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clea_table_id=', SUM(CASE WHEN LEN([clea_table_id]) > 48 THEN 1 ELSE 0 END)), N' clea_table_id=0'), NULLIF(CONCAT(N' clea_person_id=', SUM(CASE WHEN LEN([clea_person_id]) > 48 THEN 1 ELSE 0 END)), N' clea_person_id=0'), NULLIF(CONCAT(N' clea_care_leaver_eligibility=', SUM(CASE WHEN LEN([clea_care_leaver_eligibility]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_eligibility=0'), NULLIF(CONCAT(N' clea_care_leaver_in_touch=', SUM(CASE WHEN LEN([clea_care_leaver_in_touch]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_in_touch=0'), NULLIF(CONCAT(N' clea_care_leaver_accommodation=', SUM(CASE WHEN LEN([clea_care_leaver_accommodation]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_accommodation=0'), NULLIF(CONCAT(N' clea_care_leaver_accom_suitable=', SUM(CASE WHEN LEN([clea_care_leaver_accom_suitable]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_accom_suitable=0'), NULLIF(CONCAT(N' clea_care_leaver_activity=', SUM(CASE WHEN LEN([clea_care_leaver_activity]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_activity=0'), NULLIF(CONCAT(N' clea_care_leaver_personal_advisor=', SUM(CASE WHEN LEN([clea_care_leaver_personal_advisor]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_personal_advisor=0'), NULLIF(CONCAT(N' clea_care_leaver_allocated_team=', SUM(CASE WHEN LEN([clea_care_leaver_allocated_team]) > 48 THEN 1 ELSE 0 END)), N' clea_care_leaver_allocated_team=0'), NULLIF(CONCAT(N' clea_care_leaver_worker_id=', SUM(CASE WHEN LEN([clea_care_leaver_worker_id]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_worker_id=0')) FROM [#ssd_load_ssd_care_leavers];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_care_leavers', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_care_leavers];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
