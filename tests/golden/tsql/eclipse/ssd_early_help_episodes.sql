
RAISERROR(N'refilling ssd_early_help_episodes', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_early_help_episodes') IS NOT NULL DROP TABLE [#ssd_load_ssd_early_help_episodes];
    CREATE TABLE [#ssd_load_ssd_early_help_episodes] ([earl_episode_id] NVARCHAR(MAX), [earl_person_id] NVARCHAR(MAX), [earl_episode_start_date] DATETIME, [earl_episode_end_date] DATETIME, [earl_episode_reason] NVARCHAR(MAX), [earl_episode_end_reason] NVARCHAR(MAX), [earl_episode_organisation] NVARCHAR(MAX), [earl_episode_worker_id] NVARCHAR(MAX));
    WITH merge_rows AS (
        SELECT c.PERSONID AS person_id, CAST(c.CLASSIFICATIONASSIGNMENTID AS NVARCHAR(48)) AS row_key,
                c.STARTDATE AS start_date, c.ENDDATE AS end_date, NULL AS end_reason
            FROM [CLASSIFICATIONPERSONVIEW] c
            WHERE c.CLASSIFICATIONCODEID IN (699, 1271)
                AND (c.STATUS IS NULL OR NOT UPPER(LTRIM(RTRIM(CAST(c.STATUS AS NVARCHAR(4000))))) = N'DELETED') AND c.STARTDATE IS NOT NULL
                AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(c.PERSONID AS NVARCHAR(48)))
    ),
    merge_marked AS (
        SELECT mr.person_id, mr.row_key, mr.start_date, mr.end_date, mr.end_reason,
            COALESCE(mr.end_date, CAST(GETDATE() AS DATE)) AS end_or_today,
            CASE WHEN MAX(COALESCE(mr.end_date, CAST(GETDATE() AS DATE))) OVER (PARTITION BY mr.person_id
                    ORDER BY mr.start_date, mr.row_key ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                    >= DATEADD(DAY, -1, mr.start_date) THEN 0 ELSE 1 END AS is_new
        FROM merge_rows mr
    ),
    merge_grouped AS (
        SELECT mm.person_id, mm.row_key, mm.start_date, mm.end_date, mm.end_reason, mm.end_or_today,
            SUM(mm.is_new) OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS episode_no,
            mm.is_new,
            ROW_NUMBER() OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key) AS row_no
        FROM merge_marked mm
    ),
    merge_last AS (
        SELECT mg.person_id, mg.row_key, mg.start_date, mg.end_date, mg.end_reason, mg.episode_no, mg.is_new,
            ROW_NUMBER() OVER (PARTITION BY mg.person_id, mg.episode_no
                ORDER BY mg.end_or_today DESC, CASE WHEN mg.end_date IS NULL THEN 0 ELSE 1 END, mg.row_no DESC) AS last_no
        FROM merge_grouped mg
    ),episodes AS (
        SELECT ml.person_id,
            MAX(CASE WHEN ml.is_new = 1 THEN ml.row_key END) AS episode_key,
            MIN(ml.start_date) AS episode_start,
            CASE WHEN MAX(CASE WHEN ml.end_date IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(ml.end_date) END AS episode_end,
            MAX(CASE WHEN ml.last_no = 1 THEN ml.end_reason END) AS close_reason
        FROM merge_last ml
        GROUP BY ml.person_id, ml.episode_no
    ),
    eh AS (
        SELECT ep.episode_key AS event_key, ep.person_id, ep.episode_start AS event_date, ep.episode_end,
            COALESCE(ep.episode_end, CAST(GETDATE() AS DATE)) AS end_or_today
        FROM episodes ep
        WHERE ep.episode_start <= CAST(GETDATE() AS DATE) AND (ep.episode_end IS NULL OR ep.episode_end >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),answers AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                fr.form_no,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 1 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END) = 0 OR CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END LIKE N'.[0-9]%' AND SUBSTRING(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 103) END END)) AS referral_date,
                MAX(CASE WHEN fr.control_no = 2 THEN fr.answer END) AS need,
                MAX(CASE WHEN fr.control_no IN (3, 8) THEN fr.answer END) AS reason1,
                MAX(CASE WHEN fr.control_no IN (4, 9) THEN fr.answer END) AS reason2,
                MAX(CASE WHEN fr.control_no IN (5, 10) THEN fr.answer END) AS reason3,
                COALESCE(MAX(CASE WHEN fr.control_no IN (6, 11) THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no IN (6, 11) AND fr.date_answer IS NULL THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END) = 0 OR CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END LIKE N'.[0-9]%' AND SUBSTRING(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 103) END END)) AS closed1,
                COALESCE(MAX(CASE WHEN fr.control_no IN (7, 12) THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no IN (7, 12) AND fr.date_answer IS NULL THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END) = 0 OR CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END LIKE N'.[0-9]%' AND SUBSTRING(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 103) END END)) AS closed2
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    CASE f.DESIGNGUID WHEN N'e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f' THEN 1 WHEN N'12bb8ca2-e585-4a09-a6dd-d5b6e910a3f0' THEN 2 WHEN N'57eef045-0dbb-4df4-8dbd-bb07acf99e99' THEN 3 END AS form_no,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.DESIGNGUID WHEN N'e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f' THEN CASE f.CONTROLNAME WHEN N'CINCensus_DateOfReferral' THEN 1 WHEN N'CINCensus_primaryNeedCategory' THEN 2 ELSE CASE UPPER(LTRIM(RTRIM(CAST(f.CONTROLNAME AS NVARCHAR(4000))))) WHEN N'CINCENSUS_DATEOFREFERRAL' THEN 1 WHEN N'CINCENSUS_PRIMARYNEEDCATEGORY' THEN 2 END END WHEN N'12bb8ca2-e585-4a09-a6dd-d5b6e910a3f0' THEN CASE f.CONTROLNAME WHEN N'AnnexA_reasonForClosure1' THEN 3 WHEN N'reasonForClosure1' THEN 4 WHEN N'reasonForCaseClosure' THEN 5 WHEN N'dateOfClosure' THEN 6 WHEN N'dateCaseClosed' THEN 7 ELSE CASE UPPER(LTRIM(RTRIM(CAST(f.CONTROLNAME AS NVARCHAR(4000))))) WHEN N'ANNEXA_REASONFORCLOSURE1' THEN 3 WHEN N'REASONFORCLOSURE1' THEN 4 WHEN N'REASONFORCASECLOSURE' THEN 5 WHEN N'DATEOFCLOSURE' THEN 6 WHEN N'DATECASECLOSED' THEN 7 END END WHEN N'57eef045-0dbb-4df4-8dbd-bb07acf99e99' THEN CASE f.CONTROLNAME WHEN N'AnnexA_reasonForClosure1' THEN 8 WHEN N'reasonForClosure1' THEN 9 WHEN N'reasonForCaseClosure' THEN 10 WHEN N'dateOfClosure' THEN 11 WHEN N'dateCaseClosed' THEN 12 ELSE CASE UPPER(LTRIM(RTRIM(CAST(f.CONTROLNAME AS NVARCHAR(4000))))) WHEN N'ANNEXA_REASONFORCLOSURE1' THEN 8 WHEN N'REASONFORCLOSURE1' THEN 9 WHEN N'REASONFORCASECLOSURE' THEN 10 WHEN N'DATEOFCLOSURE' THEN 11 WHEN N'DATECASECLOSED' THEN 12 END END END AS control_no
                FROM [FORMANSWERPERSONVIEW] f
                WHERE f.DESIGNGUID IN (N'e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f', N'12bb8ca2-e585-4a09-a6dd-d5b6e910a3f0', N'57eef045-0dbb-4df4-8dbd-bb07acf99e99')
                    AND ((f.DESIGNGUID = N'e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f'
                        AND (f.INSTANCESTATE IN (N'COMPLETE') OR UPPER(LTRIM(RTRIM(CAST(f.INSTANCESTATE AS NVARCHAR(4000))))) IN (N'COMPLETE')))
                        OR (f.DESIGNGUID = N'12bb8ca2-e585-4a09-a6dd-d5b6e910a3f0'
                        AND (f.INSTANCESTATE IN (N'COMPLETE') OR UPPER(LTRIM(RTRIM(CAST(f.INSTANCESTATE AS NVARCHAR(4000))))) IN (N'COMPLETE')))
                        OR (f.DESIGNGUID = N'57eef045-0dbb-4df4-8dbd-bb07acf99e99'
                        AND (f.INSTANCESTATE IN (N'COMPLETE') OR UPPER(LTRIM(RTRIM(CAST(f.INSTANCESTATE AS NVARCHAR(4000))))) IN (N'COMPLETE'))))
            ) fr
            GROUP BY fr.instance_id, fr.person_id, fr.form_no
    ),
    referral_forms AS (
        SELECT fa.instance_id, fa.person_id, fa.referral_date, fa.need FROM answers fa WHERE fa.form_no = 1
    ),
    reasons AS (
        SELECT chosen.event_key, chosen.reason
        FROM (
            SELECT ev.event_key, rf.need AS reason,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY rf.referral_date DESC, rf.instance_id DESC) AS pick
            FROM eh ev
            JOIN referral_forms rf
                ON rf.person_id = ev.person_id AND rf.referral_date <= ev.event_date
        ) chosen
        WHERE chosen.pick = 1
    ),
    closure_forms AS (
        SELECT fa.instance_id, fa.person_id, fa.completed_date, fa.reason1, fa.reason2, fa.reason3, fa.closed1, fa.closed2
        FROM answers fa
        WHERE fa.form_no IN (2, 3)
    ),
    end_reasons AS (
        SELECT chosen.event_key, chosen.end_reason
        FROM (
            SELECT ev.event_key, COALESCE(cf.reason1, cf.reason2, cf.reason3) AS end_reason,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY cf.completed_date DESC, cf.instance_id DESC) AS pick
            FROM eh ev
            JOIN closure_forms cf
                ON cf.person_id = ev.person_id AND ev.episode_end IS NOT NULL
            AND CAST(COALESCE(cf.closed1, cf.closed2, cf.completed_date) AS DATE) = CAST(ev.episode_end AS DATE)
            AND COALESCE(cf.reason1, cf.reason2, cf.reason3) IS NOT NULL
        ) chosen
        WHERE chosen.pick = 1
    ),
    teams AS (
        SELECT chosen.event_key, chosen.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS NVARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM eh ev
            JOIN [PERSONORGRELATIONSHIPVIEW] tm
                ON tm.PERSONID = ev.person_id AND UPPER(LTRIM(RTRIM(CAST(tm.ALLOCATEDTEAMCODE AS NVARCHAR(4000))))) = N'AT'
            AND tm.DATESTARTED < ev.end_or_today AND COALESCE(tm.DATEENDED, CAST(GETDATE() AS DATE)) > ev.event_date
        ) chosen
        WHERE chosen.pick = 1
    ),
    workers AS (
        SELECT chosen.event_key, chosen.worker_id
        FROM (
            SELECT ev.event_key, CAST(aw.PROFESSIONALRELATIONSHIPPERSONID AS NVARCHAR(100)) AS worker_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY aw.STARTDATE DESC, aw.PERSONRELATIONSHIPRECORDID DESC) AS pick
            FROM eh ev
            JOIN [RELATIONSHIPPROFESSIONALVIEW] aw
                ON aw.PERSONID = ev.person_id AND UPPER(LTRIM(RTRIM(CAST(aw.ALLOCATEDWORKERCODE AS NVARCHAR(4000))))) = N'AW'
            AND aw.STARTDATE < ev.end_or_today AND COALESCE(aw.CLOSEDATE, CAST(GETDATE() AS DATE)) > ev.event_date
        ) chosen
        WHERE chosen.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_early_help_episodes] ([earl_episode_id], [earl_person_id], [earl_episode_start_date], [earl_episode_end_date], [earl_episode_reason], [earl_episode_end_reason], [earl_episode_organisation], [earl_episode_worker_id])
    SELECT
        e.event_key,
        CAST(e.person_id AS NVARCHAR(48)),
        e.event_date,
        e.episode_end,
        r.reason,
        x.end_reason,
        t.team_id,
        w.worker_id
    FROM eh e
    LEFT JOIN reasons r ON r.event_key = e.event_key
    LEFT JOIN end_reasons x ON x.event_key = e.event_key
    LEFT JOIN teams t ON t.event_key = e.event_key
    LEFT JOIN workers w ON w.event_key = e.event_key;
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_early_help_episodes];
    INSERT INTO [ssd].[ssd_early_help_episodes] ([earl_episode_id], [earl_person_id], [earl_episode_start_date], [earl_episode_end_date], [earl_episode_reason], [earl_episode_end_reason], [earl_episode_organisation], [earl_episode_worker_id])
    SELECT CASE WHEN LEN([earl_episode_id]) > 48 THEN CONCAT(LEFT([earl_episode_id], 47), N'…') ELSE [earl_episode_id] END, CASE WHEN LEN([earl_person_id]) > 48 THEN CONCAT(LEFT([earl_person_id], 47), N'…') ELSE [earl_person_id] END, [earl_episode_start_date], [earl_episode_end_date], [earl_episode_reason], [earl_episode_end_reason], [earl_episode_organisation], CASE WHEN LEN([earl_episode_worker_id]) > 100 THEN CONCAT(LEFT([earl_episode_worker_id], 99), N'…') ELSE [earl_episode_worker_id] END FROM [#ssd_load_ssd_early_help_episodes];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_early_help_episodes', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' earl_episode_id=', SUM(CASE WHEN LEN([earl_episode_id]) > 48 THEN 1 ELSE 0 END)), N' earl_episode_id=0'), NULLIF(CONCAT(N' earl_person_id=', SUM(CASE WHEN LEN([earl_person_id]) > 48 THEN 1 ELSE 0 END)), N' earl_person_id=0'), NULLIF(CONCAT(N' earl_episode_worker_id=', SUM(CASE WHEN LEN([earl_episode_worker_id]) > 100 THEN 1 ELSE 0 END)), N' earl_episode_worker_id=0')) FROM [#ssd_load_ssd_early_help_episodes];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_early_help_episodes', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_early_help_episodes];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
