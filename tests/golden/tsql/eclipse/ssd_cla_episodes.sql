RAISERROR(N'refilling ssd_cla_episodes', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_episodes') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_episodes];
    CREATE TABLE [#ssd_load_ssd_cla_episodes] ([clae_cla_episode_id] NVARCHAR(MAX), [clae_person_id] NVARCHAR(MAX), [clae_cla_placement_id] NVARCHAR(MAX), [clae_cla_episode_start_date] DATETIME, [clae_cla_episode_start_reason] NVARCHAR(MAX), [clae_cla_primary_need_code] NVARCHAR(MAX), [clae_cla_episode_ceased_date] DATETIME, [clae_cla_episode_ceased_reason] NVARCHAR(MAX), [clae_cla_id] NVARCHAR(MAX), [clae_referral_id] NVARCHAR(MAX), [clae_cla_last_iro_contact_date] DATETIME, [clae_entered_care_date] DATETIME);
    WITH cla_source AS (
        SELECT e.EPISODEOFCAREID AS episode_id, e.PERSONID AS person_id, e.PERIODOFCAREID AS period_id,
            e.EOCSTARTDATE AS start_date, e.EOCENDDATE AS end_date, e.EOCSTARTREASONCODE AS start_reason,
            e.EOCENDREASONCODE AS end_reason, e.CATEGORYOFNEED AS need_text, e.PLACEMENTADDRESSID AS address_id,
            e.PLACEMENTTYPECODE AS type_code, e.PLACEMENTPROVISIONCODE AS provision_code,
            e.PLACEMENTPOSTCODE AS postcode, e.PLACEMENTCHANGEREASONCODE AS change_reason,
            CASE WHEN LAG(e.PERIODOFCAREID) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PERIODOFCAREID
                AND LAG(e.PLACEMENTADDRESSID) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PLACEMENTADDRESSID
                AND LAG(e.PLACEMENTTYPECODE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PLACEMENTTYPECODE
                AND LAG(e.EOCENDDATE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) >= DATEADD(DAY, -1, e.EOCSTARTDATE)
                THEN 0 ELSE 1 END AS is_new
        FROM [CLAEPISODEOFCAREVIEW] e
        WHERE e.EOCSTARTDATE IS NOT NULL AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(e.PERSONID AS NVARCHAR(48)))
    ),
    cla_grouped AS (
        SELECT cs.*, SUM(cs.is_new) OVER (PARTITION BY cs.person_id ORDER BY cs.start_date, cs.episode_id
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS placement_no
        FROM cla_source cs
    ),
    cla_rows AS (
        SELECT cg.*,
            FIRST_VALUE(cg.episode_id) OVER (PARTITION BY cg.person_id, cg.placement_no ORDER BY cg.start_date, cg.episode_id
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS placement_id,
            ROW_NUMBER() OVER (PARTITION BY cg.person_id, cg.placement_no ORDER BY cg.start_date DESC, cg.episode_id DESC) AS last_no
        FROM cla_grouped cg
    ),
    episodes AS (
        SELECT cr.episode_id AS event_key, cr.person_id, cr.period_id, cr.placement_id, cr.start_date, cr.end_date,
            cr.start_reason, cr.end_reason, cr.need_text, COALESCE(pc.ADMISSIONDATE, cr.start_date) AS event_date,
            pc.ADMISSIONDATE AS admission_date, pc.DISCHARGEDATE AS discharge_date
        FROM cla_rows cr
        LEFT JOIN [CLAPERIODOFCAREVIEW] pc ON pc.PERIODOFCAREID = cr.period_id AND pc.PERSONID = cr.person_id
        WHERE (cr.end_date IS NULL OR cr.end_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),
    iro_meetings AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 1 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END) = 0 OR CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END LIKE N'.[0-9]%' AND SUBSTRING(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 103) END END)) AS meeting_date
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.CONTROLNAME WHEN N'dateOfMeeting' THEN 1 ELSE CASE UPPER(LTRIM(RTRIM(CAST(f.CONTROLNAME AS NVARCHAR(4000))))) WHEN N'DATEOFMEETING' THEN 1 END END AS control_no
                FROM [FORMANSWERPERSONVIEW] f
                WHERE f.DESIGNGUID = N'2d9d174f-77ed-40bd-ac2b-cae8015ad799'
                    AND (f.INSTANCESTATE IN (N'COMPLETE') OR UPPER(LTRIM(RTRIM(CAST(f.INSTANCESTATE AS NVARCHAR(4000))))) IN (N'COMPLETE'))
            ) fr
            GROUP BY fr.instance_id, fr.person_id
    ),
    last_iro AS (
        SELECT ep.event_key, MAX(im.meeting_date) AS meeting_date
        FROM episodes ep
        JOIN iro_meetings im ON im.person_id = ep.person_id AND im.meeting_date >= ep.event_date
            AND im.meeting_date <= COALESCE(ep.discharge_date, CAST(GETDATE() AS DATE))
        GROUP BY ep.event_key
    ),
    referrals AS (
        SELECT chosen.event_key, chosen.referral_id
        FROM (
            SELECT ev.event_key, ref.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ref.cine_referral_date DESC, ref.cine_referral_id DESC) AS pick
            FROM episodes ev
            JOIN [ssd].[ssd_cin_episodes] ref
                ON ref.cine_person_id = CAST(ev.person_id AS NVARCHAR(48)) AND ref.cine_referral_date <= ev.event_date
        ) chosen
        WHERE chosen.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_cla_episodes] ([clae_cla_episode_id], [clae_person_id], [clae_cla_placement_id], [clae_cla_episode_start_date], [clae_cla_episode_start_reason], [clae_cla_primary_need_code], [clae_cla_episode_ceased_date], [clae_cla_episode_ceased_reason], [clae_cla_id], [clae_referral_id], [clae_cla_last_iro_contact_date], [clae_entered_care_date])
    SELECT
        CAST(ep.event_key AS NVARCHAR(48)),
        CAST(ep.person_id AS NVARCHAR(48)),
        CAST(ep.placement_id AS NVARCHAR(48)),
        ep.start_date,
        LEFT(ep.start_reason, 100),
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(ep.need_text AS NVARCHAR(4000))))) IN (N'N1', N'N2', N'N3', N'N4', N'N5', N'N6', N'N7', N'N8', N'N9', N'N0') THEN UPPER(LTRIM(RTRIM(ep.need_text)))
            ELSE CASE UPPER(LTRIM(RTRIM(CAST(ep.need_text AS NVARCHAR(4000))))) WHEN N'ABUSE OR NEGLECT' THEN N'N1' WHEN N'CHILD''S DISABILITY' THEN N'N2' WHEN N'PARENTAL ILLNESS/DISABILITY' THEN N'N3' WHEN N'FAMILY IN ACUTE STRESS' THEN N'N4' WHEN N'FAMILY DYSFUNCTION' THEN N'N5' WHEN N'SOCIALLY UNACCEPTABLE BEHAVIOUR' THEN N'N6' WHEN N'LOW INCOME' THEN N'N7' WHEN N'ABSENT PARENTING' THEN N'N8' WHEN N'CASES OTHER THAN CHILD IN NEED' THEN N'N9' WHEN N'NOT STATED' THEN N'N0' END END,
        ep.end_date,
        LEFT(ep.end_reason, 255),
        CAST(ep.period_id AS NVARCHAR(48)),
        r.referral_id,
        li.meeting_date,
        ep.admission_date
    FROM episodes ep
    LEFT JOIN last_iro li ON li.event_key = ep.event_key
    LEFT JOIN referrals r ON r.event_key = ep.event_key;
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_episodes];
    INSERT INTO [ssd].[ssd_cla_episodes] ([clae_cla_episode_id], [clae_person_id], [clae_cla_placement_id], [clae_cla_episode_start_date], [clae_cla_episode_start_reason], [clae_cla_primary_need_code], [clae_cla_episode_ceased_date], [clae_cla_episode_ceased_reason], [clae_cla_id], [clae_referral_id], [clae_cla_last_iro_contact_date], [clae_entered_care_date])
    SELECT CASE WHEN LEN([clae_cla_episode_id]) > 48 THEN CONCAT(LEFT([clae_cla_episode_id], 47), N'…') ELSE [clae_cla_episode_id] END, CASE WHEN LEN([clae_person_id]) > 48 THEN CONCAT(LEFT([clae_person_id], 47), N'…') ELSE [clae_person_id] END, CASE WHEN LEN([clae_cla_placement_id]) > 48 THEN CONCAT(LEFT([clae_cla_placement_id], 47), N'…') ELSE [clae_cla_placement_id] END, [clae_cla_episode_start_date], CASE WHEN LEN([clae_cla_episode_start_reason]) > 100 THEN CONCAT(LEFT([clae_cla_episode_start_reason], 99), N'…') ELSE [clae_cla_episode_start_reason] END, CASE WHEN LEN([clae_cla_primary_need_code]) > 3 THEN CONCAT(LEFT([clae_cla_primary_need_code], 2), N'…') ELSE [clae_cla_primary_need_code] END, [clae_cla_episode_ceased_date], CASE WHEN LEN([clae_cla_episode_ceased_reason]) > 255 THEN CONCAT(LEFT([clae_cla_episode_ceased_reason], 254), N'…') ELSE [clae_cla_episode_ceased_reason] END, CASE WHEN LEN([clae_cla_id]) > 48 THEN CONCAT(LEFT([clae_cla_id], 47), N'…') ELSE [clae_cla_id] END, CASE WHEN LEN([clae_referral_id]) > 48 THEN CONCAT(LEFT([clae_referral_id], 47), N'…') ELSE [clae_referral_id] END, [clae_cla_last_iro_contact_date], [clae_entered_care_date] FROM [#ssd_load_ssd_cla_episodes];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_episodes', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clae_cla_episode_id=', SUM(CASE WHEN LEN([clae_cla_episode_id]) > 48 THEN 1 ELSE 0 END)), N' clae_cla_episode_id=0'), NULLIF(CONCAT(N' clae_person_id=', SUM(CASE WHEN LEN([clae_person_id]) > 48 THEN 1 ELSE 0 END)), N' clae_person_id=0'), NULLIF(CONCAT(N' clae_cla_placement_id=', SUM(CASE WHEN LEN([clae_cla_placement_id]) > 48 THEN 1 ELSE 0 END)), N' clae_cla_placement_id=0'), NULLIF(CONCAT(N' clae_cla_episode_start_reason=', SUM(CASE WHEN LEN([clae_cla_episode_start_reason]) > 100 THEN 1 ELSE 0 END)), N' clae_cla_episode_start_reason=0'), NULLIF(CONCAT(N' clae_cla_primary_need_code=', SUM(CASE WHEN LEN([clae_cla_primary_need_code]) > 3 THEN 1 ELSE 0 END)), N' clae_cla_primary_need_code=0'), NULLIF(CONCAT(N' clae_cla_episode_ceased_reason=', SUM(CASE WHEN LEN([clae_cla_episode_ceased_reason]) > 255 THEN 1 ELSE 0 END)), N' clae_cla_episode_ceased_reason=0'), NULLIF(CONCAT(N' clae_cla_id=', SUM(CASE WHEN LEN([clae_cla_id]) > 48 THEN 1 ELSE 0 END)), N' clae_cla_id=0'), NULLIF(CONCAT(N' clae_referral_id=', SUM(CASE WHEN LEN([clae_referral_id]) > 48 THEN 1 ELSE 0 END)), N' clae_referral_id=0')) FROM [#ssd_load_ssd_cla_episodes];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_episodes', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_episodes];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
