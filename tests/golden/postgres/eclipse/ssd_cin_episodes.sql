DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cin_episodes'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cin_episodes";
    WITH merge_rows AS (
        SELECT c.PERSONID AS person_id, CONCAT('C', c.CLASSIFICATIONASSIGNMENTID) AS row_key,
                c.STARTDATE AS start_date, c.ENDDATE AS end_date, c.ENDREASON AS end_reason
            FROM "classificationpersonview" c
            WHERE (c.CLASSIFICATIONPATHID IN (4, 51, 23, 10) OR c.CLASSIFICATIONCODEID IN (1270))
                AND (c.STATUS IS NULL OR NOT UPPER(TRIM(CAST(c.STATUS AS VARCHAR(4000)))) = 'DELETED') AND c.STARTDATE IS NOT NULL
                AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(c.PERSONID AS VARCHAR(48)))
            UNION ALL
            SELECT e.PERSONID, CONCAT('L', e.EPISODEOFCAREID), e.EOCSTARTDATE, e.EOCENDDATE, e.EOCENDREASON
            FROM "claepisodeofcareview" e
            WHERE e.EOCSTARTDATE IS NOT NULL AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(e.PERSONID AS VARCHAR(48)))
    ),
    merge_marked AS (
        SELECT mr.person_id, mr.row_key, mr.start_date, mr.end_date, mr.end_reason,
            COALESCE(mr.end_date, CURRENT_DATE) AS end_or_today,
            CASE WHEN MAX(COALESCE(mr.end_date, CURRENT_DATE)) OVER (PARTITION BY mr.person_id
                    ORDER BY mr.start_date, mr.row_key ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                    >= (mr.start_date + -1 * INTERVAL '1 day') THEN 0 ELSE 1 END AS is_new
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
                         MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS referral_date,
                MAX(CASE WHEN fr.control_no = 2 THEN fr.answer END) AS source_text,
                MAX(CASE WHEN fr.control_no = 3 THEN fr.answer END) AS need_text,
                MAX(CASE WHEN fr.control_no = 4 THEN fr.answer END) AS next_steps
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.CONTROLNAME WHEN 'CINCensus_DateOfReferral' THEN 1 WHEN 'CINCensus_ReferralSource' THEN 2 WHEN 'CINCensus_primaryNeedCategory' THEN 3 WHEN 'AnnexAReturn_nextSteps_agreed' THEN 4 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN 'CINCENSUS_DATEOFREFERRAL' THEN 1 WHEN 'CINCENSUS_REFERRALSOURCE' THEN 2 WHEN 'CINCENSUS_PRIMARYNEEDCATEGORY' THEN 3 WHEN 'ANNEXARETURN_NEXTSTEPS_AGREED' THEN 4 END END AS control_no
                FROM "formanswerpersonview" f
                WHERE f.DESIGNGUID = 'e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f'
                    AND (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE'))
                OFFSET 0
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
                AND fm.referral_date <= COALESCE(s.episode_end, CURRENT_DATE)
        ) ax
        WHERE ax.pick = 1
    ),
    referrals AS (
        SELECT CONCAT(s.person_id, '-', COALESCE(CAST(a.instance_id AS VARCHAR(48)), s.episode_key)) AS referral_id,
            s.person_id, COALESCE(fm.referral_date, s.episode_start) AS referral_date,
            fm.source_text, fm.need_text, fm.next_steps, fm.submitter_id, s.episode_end AS close_date,
            CASE WHEN s.episode_end IS NULL THEN NULL
                ELSE COALESCE(COALESCE(CASE UPPER(TRIM(CAST(s.close_reason AS VARCHAR(4000)))) WHEN 'ADOPTED' THEN 'RC1' WHEN 'ADOPTED - CONSENT DISPENSED WITH' THEN 'RC1' WHEN 'ADOPTED - APPLICATION UNOPPOSED' THEN 'RC1' WHEN 'ADOPTED - PRE 2000' THEN 'RC1' WHEN 'PRE-ADOPTED' THEN 'RC1' WHEN 'ADOPTED CONSENT DISPENSED WITH BY COURT' THEN 'RC1' WHEN 'ADOPTED/FREED FOR ADOPTION - PRE 2000' THEN 'RC1' WHEN 'ADOPTED - APPLICATION FOR AN ADOPTION ORDER UNOPPOSED' THEN 'RC1' WHEN 'DIED' THEN 'RC2' WHEN 'CHILD/YOUNG PERSON HAS DIED' THEN 'RC2' WHEN 'CHILD ARRANGEMENTS ORDER' THEN 'RC3' WHEN 'RESIDENCE ORDER OR A CHILD ARRANGEMENTS ORDER' THEN 'RC3' WHEN 'SPECIAL GUARDIANSHIP ORDER' THEN 'RC4' WHEN 'SPECIAL GUARDIANSHIP MADE TO FORMER FOSTER CARERS' THEN 'RC4' WHEN 'SPECIAL GUARDIANSHIP MADE TO OTHER THAN FORMER FOSTER CARERS' THEN 'RC4' WHEN 'SPECIAL GUARDIANSHIP RELATIVE/FRIEND NOT FORMER FOSTER CARER(S)' THEN 'RC4' WHEN 'SPECIAL GUARDIANSHIP OTHER NOT RELATIVE/FRIEND/FORMER FOSTER CARER' THEN 'RC4' WHEN 'CHILD MOVED PERMANENTLY FROM AREA' THEN 'RC5' WHEN 'TRANSFERRED TO ADULT SERVICES' THEN 'RC6' WHEN 'TRANSFERRED TO CARE OF ADULT SOCIAL SERVICES' THEN 'RC6' WHEN 'TRANSFERRED TO RESIDENTIAL CARE FUNDED BY ADULT SOCIAL SERVICES' THEN 'RC6' WHEN 'CASE CLOSED' THEN 'RC7' WHEN 'CASE CLOSED AFTER ASSESSMENT, NO FURTHER ACTION' THEN 'RC8' WHEN 'CASE CLOSED AFTER ASSESSMENT, REFERRED TO EARLY HELP' THEN 'RC9' WHEN 'CASE CLOSED AFTER ASSESSMENT, REFERRED TO EH' THEN 'RC9' END, CASE WHEN UPPER(LEFT(s.close_reason, 2)) = 'RC' THEN UPPER(LEFT(s.close_reason, 3)) END), 'RC7') END AS close_code
        FROM spans s
        LEFT JOIN attached a ON a.person_id = s.person_id AND a.episode_key = s.episode_key
        LEFT JOIN forms fm ON fm.person_id = a.person_id AND fm.instance_id = a.instance_id
        UNION ALL
        SELECT CONCAT(fm.person_id, '-', fm.instance_id), fm.person_id, fm.referral_date,
            fm.source_text, fm.need_text, fm.next_steps, fm.submitter_id, COALESCE(fm.completed_date, fm.referral_date),
            CASE WHEN UPPER(TRIM(CAST(fm.next_steps AS VARCHAR(4000)))) IN ('NO FURTHER ACTION', 'SIGNPOST') THEN 'RC8' ELSE 'RC7' END
        FROM forms fm
        WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(fm.person_id AS VARCHAR(48)))
            AND NOT EXISTS (SELECT 1 FROM attached a2 WHERE a2.person_id = fm.person_id AND a2.instance_id = fm.instance_id)        AND NOT EXISTS (SELECT 1 FROM spans s2 WHERE s2.person_id = fm.person_id
                AND fm.referral_date >= s2.episode_start AND fm.referral_date <= COALESCE(s2.episode_end, CURRENT_DATE))
    ),
    in_window AS (
        SELECT r.referral_id, r.person_id, r.referral_date, r.source_text, r.need_text, r.next_steps, r.submitter_id,
            r.close_date, r.close_code, r.referral_date AS event_date, r.referral_id AS event_key
        FROM referrals r
        WHERE (r.close_date IS NULL OR r.close_date >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    teams AS (
        SELECT chosen.event_key, chosen.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM in_window ev
            JOIN "personorgrelationshipview" tm
                ON tm.PERSONID = ev.person_id AND UPPER(TRIM(CAST(tm.ALLOCATEDTEAMCODE AS VARCHAR(4000)))) = 'AT' AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    ssd_bridge_fill ("cine_referral_id", "cine_person_id", "cine_referral_date", "cine_cin_primary_need_code", "cine_referral_source_code", "cine_referral_source_desc", "cine_referral_outcome_json", "cine_referral_nfa", "cine_close_reason", "cine_close_date", "cine_referral_team", "cine_referral_worker_id") AS (
    SELECT
        r.referral_id,
        CAST(r.person_id AS VARCHAR(48)),
        r.referral_date,
        CASE WHEN UPPER(TRIM(CAST(r.need_text AS VARCHAR(4000)))) IN ('N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9', 'N0') THEN UPPER(LTRIM(RTRIM(r.need_text)))
            ELSE CASE UPPER(TRIM(CAST(r.need_text AS VARCHAR(4000)))) WHEN 'ABUSE OR NEGLECT' THEN 'N1' WHEN 'CHILD''S DISABILITY' THEN 'N2' WHEN 'PARENTAL ILLNESS/DISABILITY' THEN 'N3' WHEN 'FAMILY IN ACUTE STRESS' THEN 'N4' WHEN 'FAMILY DYSFUNCTION' THEN 'N5' WHEN 'SOCIALLY UNACCEPTABLE BEHAVIOUR' THEN 'N6' WHEN 'LOW INCOME' THEN 'N7' WHEN 'ABSENT PARENTING' THEN 'N8' WHEN 'CASES OTHER THAN CHILD IN NEED' THEN 'N9' WHEN 'NOT STATED' THEN 'N0' END END,
        CASE WHEN UPPER(TRIM(CAST(r.source_text AS VARCHAR(4000)))) IN ('1B', '3E', '9', '5D', '2B', '5C', '1A', '3A', '3B', '4', '1D', '3F', '8', '5B', '7', '3D', '6', '2A', '3C', '1C', '5A', '10') THEN UPPER(LTRIM(RTRIM(r.source_text)))
        ELSE CASE UPPER(TRIM(CAST(r.source_text AS VARCHAR(4000)))) WHEN 'ACQUAINTANCE' THEN '1B' WHEN 'A & E' THEN '3E' WHEN 'ANONYMOUS' THEN '9' WHEN 'EARLY HELP' THEN '5D' WHEN 'EDUCATION SERVICES' THEN '2B' WHEN 'EXTERNAL E.G. FROM ANOTHER LOCAL AUTHORITY' THEN '5C' WHEN 'FAMILY MEMBER/RELATIVE/CARER' THEN '1A' WHEN 'GP' THEN '3A' WHEN 'HEALTH VISITOR' THEN '3B' WHEN 'HOUSING' THEN '4' WHEN 'OTHER' THEN '1D' WHEN 'OTHER HEALTH SERVICES' THEN '3F' WHEN 'OTHER - INCLUDING CHILDREN CENTRES' THEN '8' WHEN 'OTHER INTERNAL E,G, BC COUNCIL' THEN '5B' WHEN 'OTHER LEGAL AGENCY' THEN '7' WHEN 'OTHER PRIMARY HEALTH SERVICES' THEN '3D' WHEN 'POLICE' THEN '6' WHEN 'SCHOOL' THEN '2A' WHEN 'SCHOOL NURSE' THEN '3C' WHEN 'SELF' THEN '1C' WHEN 'SOCIAL CARE E.G. ADULT SOCIAL CARE' THEN '5A' WHEN 'UNKNOWN' THEN '10' END END,
        LEFT(r.source_text, 255),
        CASE WHEN r.next_steps IS NULL THEN NULL ELSE CONCAT('{'
            , '"OUTCOME_SINGLE_ASSESSMENT_FLAG": "', CASE WHEN UPPER(TRIM(CAST(r.next_steps AS VARCHAR(4000)))) IN ('ASSESSMENT', 'FAMILY HELP DISCUSSION (10 DAYS)', 'FAMILY HELP DISCUSSION (CAT) -10 DAYS', 'FAMILY HELP DISCUSSION (DCYP)- 10 DAYS') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_NFA_FLAG": "', CASE WHEN UPPER(TRIM(CAST(r.next_steps AS VARCHAR(4000)))) IN ('NO FURTHER ACTION', 'SIGNPOST') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_STRATEGY_DISCUSSION_FLAG": "', CASE WHEN UPPER(TRIM(CAST(r.next_steps AS VARCHAR(4000)))) IN ('STRATEGY DISCUSSION/MEETING') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_CLA_REQUEST_FLAG": "', 'N', '"'
            , ', "OUTCOME_NON_AGENCY_ADOPTION_FLAG": "', CASE WHEN UPPER(TRIM(CAST(r.next_steps AS VARCHAR(4000)))) IN ('ADOPTION OR SPECIAL GUARDIANSHIP SUPPORT') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_PRIVATE_FOSTERING_FLAG": "', CASE WHEN UPPER(TRIM(CAST(r.next_steps AS VARCHAR(4000)))) IN ('PRIVATE FOSTERING') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_CP_TRANSFER_IN_FLAG": "', CASE WHEN UPPER(TRIM(CAST(r.next_steps AS VARCHAR(4000)))) IN ('TRANSFER IN CHILD PROTECTION CONFERENCE') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_CP_CONFERENCE_FLAG": "', 'N', '"'
            , ', "OUTCOME_CARE_LEAVER_FLAG": "', 'N', '"'
            , ', "OTHER_OUTCOMES_EXIST_FLAG": "', CASE WHEN UPPER(TRIM(CAST(r.next_steps AS VARCHAR(4000)))) IN ('ASYLUM SEEKER', 'COURT REPORT REQUEST SECTION 7/SECTION 37', 'DISABLED CHILDREN SERVICE', 'NO RECOURSE TO PUBLIC FUNDS', 'FAMILY HELP DISCUSSION(45 DAY)', 'FAMILY HELP DISCUSSION (45 DAYS)', 'EARLY INTERVENTION', 'UNIVERSAL SERVICES') THEN 'Y' ELSE 'N' END, '"'
            , '}') END,
        CASE WHEN UPPER(TRIM(CAST(r.next_steps AS VARCHAR(4000)))) = 'NO FURTHER ACTION' THEN 'Y' ELSE 'N' END,
        r.close_code,
        r.close_date,
        t.team_id,
        CAST(r.submitter_id AS VARCHAR(48))
    FROM in_window r
    LEFT JOIN teams t ON t.event_key = r.referral_id
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("cine_referral_id" AS TEXT) AS "cine_referral_id", CAST("cine_person_id" AS TEXT) AS "cine_person_id", CAST("cine_referral_date" AS TIMESTAMP) AS "cine_referral_date", CAST("cine_cin_primary_need_code" AS TEXT) AS "cine_cin_primary_need_code", CAST("cine_referral_source_code" AS TEXT) AS "cine_referral_source_code", CAST("cine_referral_source_desc" AS TEXT) AS "cine_referral_source_desc", CAST("cine_referral_outcome_json" AS TEXT) AS "cine_referral_outcome_json", CAST("cine_referral_nfa" AS TEXT) AS "cine_referral_nfa", CAST("cine_close_reason" AS TEXT) AS "cine_close_reason", CAST("cine_close_date" AS TIMESTAMP) AS "cine_close_date", CAST("cine_referral_team" AS TEXT) AS "cine_referral_team", CAST("cine_referral_worker_id" AS TEXT) AS "cine_referral_worker_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cin_episodes" ("cine_referral_id", "cine_person_id", "cine_referral_date", "cine_cin_primary_need_code", "cine_referral_source_code", "cine_referral_source_desc", "cine_referral_outcome_json", "cine_referral_nfa", "cine_close_reason", "cine_close_date", "cine_referral_team", "cine_referral_worker_id")
        SELECT CASE WHEN LENGTH("cine_referral_id") > 48 THEN CONCAT(LEFT("cine_referral_id", 47), '…') ELSE "cine_referral_id" END, CASE WHEN LENGTH("cine_person_id") > 48 THEN CONCAT(LEFT("cine_person_id", 47), '…') ELSE "cine_person_id" END, "cine_referral_date", CASE WHEN LENGTH("cine_cin_primary_need_code") > 3 THEN CONCAT(LEFT("cine_cin_primary_need_code", 2), '…') ELSE "cine_cin_primary_need_code" END, CASE WHEN LENGTH("cine_referral_source_code") > 48 THEN CONCAT(LEFT("cine_referral_source_code", 47), '…') ELSE "cine_referral_source_code" END, CASE WHEN LENGTH("cine_referral_source_desc") > 255 THEN CONCAT(LEFT("cine_referral_source_desc", 254), '…') ELSE "cine_referral_source_desc" END, CASE WHEN LENGTH("cine_referral_outcome_json") > 4000 THEN CONCAT(LEFT("cine_referral_outcome_json", 3999), '…') ELSE "cine_referral_outcome_json" END, CASE WHEN LENGTH("cine_referral_nfa") > 1 THEN CONCAT(LEFT("cine_referral_nfa", 0), '…') ELSE "cine_referral_nfa" END, CASE WHEN LENGTH("cine_close_reason") > 100 THEN CONCAT(LEFT("cine_close_reason", 99), '…') ELSE "cine_close_reason" END, "cine_close_date", CASE WHEN LENGTH("cine_referral_team") > 48 THEN CONCAT(LEFT("cine_referral_team", 47), '…') ELSE "cine_referral_team" END, CASE WHEN LENGTH("cine_referral_worker_id") > 48 THEN CONCAT(LEFT("cine_referral_worker_id", 47), '…') ELSE "cine_referral_worker_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' cine_referral_id=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_id") > 48)), ' cine_referral_id=0'), NULLIF(CONCAT(' cine_person_id=', COUNT(*) FILTER (WHERE LENGTH("cine_person_id") > 48)), ' cine_person_id=0'), NULLIF(CONCAT(' cine_cin_primary_need_code=', COUNT(*) FILTER (WHERE LENGTH("cine_cin_primary_need_code") > 3)), ' cine_cin_primary_need_code=0'), NULLIF(CONCAT(' cine_referral_source_code=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_source_code") > 48)), ' cine_referral_source_code=0'), NULLIF(CONCAT(' cine_referral_source_desc=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_source_desc") > 255)), ' cine_referral_source_desc=0'), NULLIF(CONCAT(' cine_referral_outcome_json=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_outcome_json") > 4000)), ' cine_referral_outcome_json=0'), NULLIF(CONCAT(' cine_referral_nfa=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_nfa") > 1)), ' cine_referral_nfa=0'), NULLIF(CONCAT(' cine_close_reason=', COUNT(*) FILTER (WHERE LENGTH("cine_close_reason") > 100)), ' cine_close_reason=0'), NULLIF(CONCAT(' cine_referral_team=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_team") > 48)), ' cine_referral_team=0'), NULLIF(CONCAT(' cine_referral_worker_id=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_worker_id") > 48)), ' cine_referral_worker_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cin_episodes', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cin_episodes', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
