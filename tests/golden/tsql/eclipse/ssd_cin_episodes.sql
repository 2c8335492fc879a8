RAISERROR(N'refilling ssd_cin_episodes', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cin_episodes') IS NOT NULL DROP TABLE [#ssd_load_ssd_cin_episodes];
    CREATE TABLE [#ssd_load_ssd_cin_episodes] ([cine_referral_id] NVARCHAR(MAX), [cine_person_id] NVARCHAR(MAX), [cine_referral_date] DATETIME, [cine_cin_primary_need_code] NVARCHAR(MAX), [cine_referral_source_code] NVARCHAR(MAX), [cine_referral_source_desc] NVARCHAR(MAX), [cine_referral_outcome_json] NVARCHAR(MAX), [cine_referral_nfa] NVARCHAR(MAX), [cine_close_reason] NVARCHAR(MAX), [cine_close_date] DATETIME, [cine_referral_team] NVARCHAR(MAX), [cine_referral_worker_id] NVARCHAR(MAX));
    WITH merge_rows AS (
        SELECT c.PERSONID AS person_id, CONCAT('C', c.CLASSIFICATIONASSIGNMENTID) AS row_key,
                c.STARTDATE AS start_date, c.ENDDATE AS end_date, c.ENDREASON AS end_reason
            FROM [CLASSIFICATIONPERSONVIEW] c
            WHERE (c.CLASSIFICATIONPATHID IN (4, 51, 23, 10) OR c.CLASSIFICATIONCODEID IN (1270))
                AND (c.STATUS IS NULL OR NOT UPPER(LTRIM(RTRIM(CAST(c.STATUS AS NVARCHAR(4000))))) = N'DELETED') AND c.STARTDATE IS NOT NULL
                AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(c.PERSONID AS NVARCHAR(48)))
            UNION ALL
            SELECT e.PERSONID, CONCAT('L', e.EPISODEOFCAREID), e.EOCSTARTDATE, e.EOCENDDATE, e.EOCENDREASON
            FROM [CLAEPISODEOFCAREVIEW] e
            WHERE e.EOCSTARTDATE IS NOT NULL AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(e.PERSONID AS NVARCHAR(48)))
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
    spans AS (
        SELECT ep.person_id, ep.episode_key, ep.episode_start, ep.episode_end, ep.close_reason,
            LAG(ep.episode_end) OVER (PARTITION BY ep.person_id ORDER BY ep.episode_start) AS previous_end
        FROM episodes ep
    ),
    referral_forms AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 1 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END) = 0 OR CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END LIKE N'.[0-9]%' AND SUBSTRING(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 103) END END)) AS referral_date,
                MAX(CASE WHEN fr.control_no = 2 THEN fr.answer END) AS source_text,
                MAX(CASE WHEN fr.control_no = 3 THEN fr.answer END) AS need_text,
                MAX(CASE WHEN fr.control_no = 4 THEN fr.answer END) AS next_steps
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.CONTROLNAME WHEN N'CINCensus_DateOfReferral' THEN 1 WHEN N'CINCensus_ReferralSource' THEN 2 WHEN N'CINCensus_primaryNeedCategory' THEN 3 WHEN N'AnnexAReturn_nextSteps_agreed' THEN 4 ELSE CASE UPPER(LTRIM(RTRIM(CAST(f.CONTROLNAME AS NVARCHAR(4000))))) WHEN N'CINCENSUS_DATEOFREFERRAL' THEN 1 WHEN N'CINCENSUS_REFERRALSOURCE' THEN 2 WHEN N'CINCENSUS_PRIMARYNEEDCATEGORY' THEN 3 WHEN N'ANNEXARETURN_NEXTSTEPS_AGREED' THEN 4 END END AS control_no
                FROM [FORMANSWERPERSONVIEW] f
                WHERE f.DESIGNGUID = N'e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f'
                    AND (f.INSTANCESTATE IN (N'COMPLETE') OR UPPER(LTRIM(RTRIM(CAST(f.INSTANCESTATE AS NVARCHAR(4000))))) IN (N'COMPLETE'))
            ) fr
            GROUP BY fr.instance_id, fr.person_id
    ),
    forms AS (
        SELECT rf.instance_id, rf.person_id, rf.submitter_id, rf.completed_date, rf.source_text, rf.need_text,
            rf.next_steps, COALESCE(rf.referral_date, rf.completed_date) AS referral_date
        FROM referral_forms rf
    ),attached AS (
        SELECT ax.person_id, ax.episode_key, ax.instance_id
        FROM (
            SELECT s.person_id, s.episode_key, fm.instance_id,
                ROW_NUMBER() OVER (PARTITION BY s.person_id, s.episode_key ORDER BY
                    CASE WHEN fm.referral_date <= s.episode_start THEN 0 ELSE 1 END,
                    CASE WHEN fm.referral_date <= s.episode_start THEN fm.referral_date END DESC,
                    fm.referral_date, fm.instance_id) AS pick
            FROM spans s
            JOIN forms fm ON fm.person_id = s.person_id
                AND (s.previous_end IS NULL OR fm.referral_date > s.previous_end)
                AND fm.referral_date <= COALESCE(s.episode_end, CAST(GETDATE() AS DATE))
        ) ax
        WHERE ax.pick = 1
    ),
    referrals AS (
        SELECT CONCAT(s.person_id, '-', COALESCE(CAST(a.instance_id AS NVARCHAR(48)), s.episode_key)) AS referral_id,
            s.person_id, COALESCE(fm.referral_date, s.episode_start) AS referral_date,
            fm.source_text, fm.need_text, fm.next_steps, fm.submitter_id, s.episode_end AS close_date,
            CASE WHEN s.episode_end IS NULL THEN NULL
                ELSE COALESCE(COALESCE(CASE UPPER(LTRIM(RTRIM(CAST(s.close_reason AS NVARCHAR(4000))))) WHEN N'ADOPTED' THEN N'RC1' WHEN N'ADOPTED - CONSENT DISPENSED WITH' THEN N'RC1' WHEN N'ADOPTED - APPLICATION UNOPPOSED' THEN N'RC1' WHEN N'ADOPTED - PRE 2000' THEN N'RC1' WHEN N'PRE-ADOPTED' THEN N'RC1' WHEN N'ADOPTED CONSENT DISPENSED WITH BY COURT' THEN N'RC1' WHEN N'ADOPTED/FREED FOR ADOPTION - PRE 2000' THEN N'RC1' WHEN N'ADOPTED - APPLICATION FOR AN ADOPTION ORDER UNOPPOSED' THEN N'RC1' WHEN N'DIED' THEN N'RC2' WHEN N'CHILD/YOUNG PERSON HAS DIED' THEN N'RC2' WHEN N'CHILD ARRANGEMENTS ORDER' THEN N'RC3' WHEN N'RESIDENCE ORDER OR A CHILD ARRANGEMENTS ORDER' THEN N'RC3' WHEN N'SPECIAL GUARDIANSHIP ORDER' THEN N'RC4' WHEN N'SPECIAL GUARDIANSHIP MADE TO FORMER FOSTER CARERS' THEN N'RC4' WHEN N'SPECIAL GUARDIANSHIP MADE TO OTHER THAN FORMER FOSTER CARERS' THEN N'RC4' WHEN N'SPECIAL GUARDIANSHIP RELATIVE/FRIEND NOT FORMER FOSTER CARER(S)' THEN N'RC4' WHEN N'SPECIAL GUARDIANSHIP OTHER NOT RELATIVE/FRIEND/FORMER FOSTER CARER' THEN N'RC4' WHEN N'CHILD MOVED PERMANENTLY FROM AREA' THEN N'RC5' WHEN N'TRANSFERRED TO ADULT SERVICES' THEN N'RC6' WHEN N'TRANSFERRED TO CARE OF ADULT SOCIAL SERVICES' THEN N'RC6' WHEN N'TRANSFERRED TO RESIDENTIAL CARE FUNDED BY ADULT SOCIAL SERVICES' THEN N'RC6' WHEN N'CASE CLOSED' THEN N'RC7' WHEN N'CASE CLOSED AFTER ASSESSMENT, NO FURTHER ACTION' THEN N'RC8' WHEN N'CASE CLOSED AFTER ASSESSMENT, REFERRED TO EARLY HELP' THEN N'RC9' WHEN N'CASE CLOSED AFTER ASSESSMENT, REFERRED TO EH' THEN N'RC9' END, CASE WHEN UPPER(LEFT(s.close_reason, 2)) = 'RC' THEN UPPER(LEFT(s.close_reason, 3)) END), 'RC7') END AS close_code
        FROM spans s
        LEFT JOIN attached a ON a.person_id = s.person_id AND a.episode_key = s.episode_key
        LEFT JOIN forms fm ON fm.person_id = a.person_id AND fm.instance_id = a.instance_id
        UNION ALL
        SELECT CONCAT(fm.person_id, '-', fm.instance_id), fm.person_id, fm.referral_date,
            fm.source_text, fm.need_text, fm.next_steps, fm.submitter_id, COALESCE(fm.completed_date, fm.referral_date),
            CASE WHEN UPPER(LTRIM(RTRIM(CAST(fm.next_steps AS NVARCHAR(4000))))) IN (N'NO FURTHER ACTION', N'SIGNPOST') THEN 'RC8' ELSE 'RC7' END
        FROM forms fm
        WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(fm.person_id AS NVARCHAR(48)))
            AND NOT EXISTS (SELECT 1 FROM attached a2 WHERE a2.person_id = fm.person_id AND a2.instance_id = fm.instance_id)        AND NOT EXISTS (SELECT 1 FROM spans s2 WHERE s2.person_id = fm.person_id
                AND fm.referral_date >= s2.episode_start AND fm.referral_date <= COALESCE(s2.episode_end, CAST(GETDATE() AS DATE)))
    ),
    in_window AS (
        SELECT r.referral_id, r.person_id, r.referral_date, r.source_text, r.need_text, r.next_steps, r.submitter_id,
            r.close_date, r.close_code, r.referral_date AS event_date, r.referral_id AS event_key
        FROM referrals r
        WHERE (r.close_date IS NULL OR r.close_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),
    teams AS (
        SELECT chosen.event_key, chosen.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS NVARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM in_window ev
            JOIN [PERSONORGRELATIONSHIPVIEW] tm
                ON tm.PERSONID = ev.person_id AND UPPER(LTRIM(RTRIM(CAST(tm.ALLOCATEDTEAMCODE AS NVARCHAR(4000))))) = N'AT' AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_cin_episodes] ([cine_referral_id], [cine_person_id], [cine_referral_date], [cine_cin_primary_need_code], [cine_referral_source_code], [cine_referral_source_desc], [cine_referral_outcome_json], [cine_referral_nfa], [cine_close_reason], [cine_close_date], [cine_referral_team], [cine_referral_worker_id])
    SELECT
        r.referral_id,
        CAST(r.person_id AS NVARCHAR(48)),
        r.referral_date,
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(r.need_text AS NVARCHAR(4000))))) IN (N'N1', N'N2', N'N3', N'N4', N'N5', N'N6', N'N7', N'N8', N'N9', N'N0') THEN UPPER(LTRIM(RTRIM(r.need_text)))
            ELSE CASE UPPER(LTRIM(RTRIM(CAST(r.need_text AS NVARCHAR(4000))))) WHEN N'ABUSE OR NEGLECT' THEN N'N1' WHEN N'CHILD''S DISABILITY' THEN N'N2' WHEN N'PARENTAL ILLNESS/DISABILITY' THEN N'N3' WHEN N'FAMILY IN ACUTE STRESS' THEN N'N4' WHEN N'FAMILY DYSFUNCTION' THEN N'N5' WHEN N'SOCIALLY UNACCEPTABLE BEHAVIOUR' THEN N'N6' WHEN N'LOW INCOME' THEN N'N7' WHEN N'ABSENT PARENTING' THEN N'N8' WHEN N'CASES OTHER THAN CHILD IN NEED' THEN N'N9' WHEN N'NOT STATED' THEN N'N0' END END,
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(r.source_text AS NVARCHAR(4000))))) IN (N'1B', N'3E', N'9', N'5D', N'2B', N'5C', N'1A', N'3A', N'3B', N'4', N'1D', N'3F', N'8', N'5B', N'7', N'3D', N'6', N'2A', N'3C', N'1C', N'5A', N'10') THEN UPPER(LTRIM(RTRIM(r.source_text)))
        ELSE CASE UPPER(LTRIM(RTRIM(CAST(r.source_text AS NVARCHAR(4000))))) WHEN N'ACQUAINTANCE' THEN N'1B' WHEN N'A & E' THEN N'3E' WHEN N'ANONYMOUS' THEN N'9' WHEN N'EARLY HELP' THEN N'5D' WHEN N'EDUCATION SERVICES' THEN N'2B' WHEN N'EXTERNAL E.G. FROM ANOTHER LOCAL AUTHORITY' THEN N'5C' WHEN N'FAMILY MEMBER/RELATIVE/CARER' THEN N'1A' WHEN N'GP' THEN N'3A' WHEN N'HEALTH VISITOR' THEN N'3B' WHEN N'HOUSING' THEN N'4' WHEN N'OTHER' THEN N'1D' WHEN N'OTHER HEALTH SERVICES' THEN N'3F' WHEN N'OTHER - INCLUDING CHILDREN CENTRES' THEN N'8' WHEN N'OTHER INTERNAL E,G, BC COUNCIL' THEN N'5B' WHEN N'OTHER LEGAL AGENCY' THEN N'7' WHEN N'OTHER PRIMARY HEALTH SERVICES' THEN N'3D' WHEN N'POLICE' THEN N'6' WHEN N'SCHOOL' THEN N'2A' WHEN N'SCHOOL NURSE' THEN N'3C' WHEN N'SELF' THEN N'1C' WHEN N'SOCIAL CARE E.G. ADULT SOCIAL CARE' THEN N'5A' WHEN N'UNKNOWN' THEN N'10' END END,
        LEFT(r.source_text, 255),
        CASE WHEN r.next_steps IS NULL THEN NULL ELSE CONCAT('{'
            , '"OUTCOME_SINGLE_ASSESSMENT_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(r.next_steps AS NVARCHAR(4000))))) IN (N'ASSESSMENT', N'FAMILY HELP DISCUSSION (10 DAYS)', N'FAMILY HELP DISCUSSION (CAT) -10 DAYS', N'FAMILY HELP DISCUSSION (DCYP)- 10 DAYS') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_NFA_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(r.next_steps AS NVARCHAR(4000))))) IN (N'NO FURTHER ACTION', N'SIGNPOST') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_STRATEGY_DISCUSSION_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(r.next_steps AS NVARCHAR(4000))))) IN (N'STRATEGY DISCUSSION/MEETING') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_CLA_REQUEST_FLAG": "', 'N', '"'
            , ', "OUTCOME_NON_AGENCY_ADOPTION_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(r.next_steps AS NVARCHAR(4000))))) IN (N'ADOPTION OR SPECIAL GUARDIANSHIP SUPPORT') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_PRIVATE_FOSTERING_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(r.next_steps AS NVARCHAR(4000))))) IN (N'PRIVATE FOSTERING') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_CP_TRANSFER_IN_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(r.next_steps AS NVARCHAR(4000))))) IN (N'TRANSFER IN CHILD PROTECTION CONFERENCE') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_CP_CONFERENCE_FLAG": "', 'N', '"'
            , ', "OUTCOME_CARE_LEAVER_FLAG": "', 'N', '"'
            , ', "OTHER_OUTCOMES_EXIST_FLAG": "', CASE WHEN UPPER(LTRIM(RTRIM(CAST(r.next_steps AS NVARCHAR(4000))))) IN (N'ASYLUM SEEKER', N'COURT REPORT REQUEST SECTION 7/SECTION 37', N'DISABLED CHILDREN SERVICE', N'NO RECOURSE TO PUBLIC FUNDS', N'FAMILY HELP DISCUSSION(45 DAY)', N'FAMILY HELP DISCUSSION (45 DAYS)', N'EARLY INTERVENTION', N'UNIVERSAL SERVICES') THEN 'Y' ELSE 'N' END, '"'
            , '}') END,
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(r.next_steps AS NVARCHAR(4000))))) = N'NO FURTHER ACTION' THEN 'Y' ELSE 'N' END,
        r.close_code,
        r.close_date,
        t.team_id,
        CAST(r.submitter_id AS NVARCHAR(48))
    FROM in_window r
    LEFT JOIN teams t ON t.event_key = r.referral_id;
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cin_episodes];
    INSERT INTO [ssd].[ssd_cin_episodes] ([cine_referral_id], [cine_person_id], [cine_referral_date], [cine_cin_primary_need_code], [cine_referral_source_code], [cine_referral_source_desc], [cine_referral_outcome_json], [cine_referral_nfa], [cine_close_reason], [cine_close_date], [cine_referral_team], [cine_referral_worker_id])
    SELECT CASE WHEN LEN([cine_referral_id]) > 48 THEN CONCAT(LEFT([cine_referral_id], 47), N'…') ELSE [cine_referral_id] END, CASE WHEN LEN([cine_person_id]) > 48 THEN CONCAT(LEFT([cine_person_id], 47), N'…') ELSE [cine_person_id] END, [cine_referral_date], CASE WHEN LEN([cine_cin_primary_need_code]) > 3 THEN CONCAT(LEFT([cine_cin_primary_need_code], 2), N'…') ELSE [cine_cin_primary_need_code] END, CASE WHEN LEN([cine_referral_source_code]) > 48 THEN CONCAT(LEFT([cine_referral_source_code], 47), N'…') ELSE [cine_referral_source_code] END, CASE WHEN LEN([cine_referral_source_desc]) > 255 THEN CONCAT(LEFT([cine_referral_source_desc], 254), N'…') ELSE [cine_referral_source_desc] END, CASE WHEN LEN([cine_referral_outcome_json]) > 4000 THEN CONCAT(LEFT([cine_referral_outcome_json], 3999), N'…') ELSE [cine_referral_outcome_json] END, CASE WHEN LEN([cine_referral_nfa]) > 1 THEN CONCAT(LEFT([cine_referral_nfa], 0), N'…') ELSE [cine_referral_nfa] END, CASE WHEN LEN([cine_close_reason]) > 100 THEN CONCAT(LEFT([cine_close_reason], 99), N'…') ELSE [cine_close_reason] END, [cine_close_date], CASE WHEN LEN([cine_referral_team]) > 48 THEN CONCAT(LEFT([cine_referral_team], 47), N'…') ELSE [cine_referral_team] END, CASE WHEN LEN([cine_referral_worker_id]) > 48 THEN CONCAT(LEFT([cine_referral_worker_id], 47), N'…') ELSE [cine_referral_worker_id] END FROM [#ssd_load_ssd_cin_episodes];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cin_episodes', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cine_referral_id=', SUM(CASE WHEN LEN([cine_referral_id]) > 48 THEN 1 ELSE 0 END)), N' cine_referral_id=0'), NULLIF(CONCAT(N' cine_person_id=', SUM(CASE WHEN LEN([cine_person_id]) > 48 THEN 1 ELSE 0 END)), N' cine_person_id=0'), NULLIF(CONCAT(N' cine_cin_primary_need_code=', SUM(CASE WHEN LEN([cine_cin_primary_need_code]) > 3 THEN 1 ELSE 0 END)), N' cine_cin_primary_need_code=0'), NULLIF(CONCAT(N' cine_referral_source_code=', SUM(CASE WHEN LEN([cine_referral_source_code]) > 48 THEN 1 ELSE 0 END)), N' cine_referral_source_code=0'), NULLIF(CONCAT(N' cine_referral_source_desc=', SUM(CASE WHEN LEN([cine_referral_source_desc]) > 255 THEN 1 ELSE 0 END)), N' cine_referral_source_desc=0'), NULLIF(CONCAT(N' cine_referral_outcome_json=', SUM(CASE WHEN LEN([cine_referral_outcome_json]) > 4000 THEN 1 ELSE 0 END)), N' cine_referral_outcome_json=0'), NULLIF(CONCAT(N' cine_referral_nfa=', SUM(CASE WHEN LEN([cine_referral_nfa]) > 1 THEN 1 ELSE 0 END)), N' cine_referral_nfa=0'), NULLIF(CONCAT(N' cine_close_reason=', SUM(CASE WHEN LEN([cine_close_reason]) > 100 THEN 1 ELSE 0 END)), N' cine_close_reason=0'), NULLIF(CONCAT(N' cine_referral_team=', SUM(CASE WHEN LEN([cine_referral_team]) > 48 THEN 1 ELSE 0 END)), N' cine_referral_team=0'), NULLIF(CONCAT(N' cine_referral_worker_id=', SUM(CASE WHEN LEN([cine_referral_worker_id]) > 48 THEN 1 ELSE 0 END)), N' cine_referral_worker_id=0')) FROM [#ssd_load_ssd_cin_episodes];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cin_episodes', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cin_episodes];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
