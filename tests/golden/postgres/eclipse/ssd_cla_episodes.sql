DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_episodes'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cla_episodes";
    WITH cla_source AS (
        SELECT e.EPISODEOFCAREID AS episode_id, e.PERSONID AS person_id, e.PERIODOFCAREID AS period_id,
            e.EOCSTARTDATE AS start_date, e.EOCENDDATE AS end_date, e.EOCSTARTREASONCODE AS start_reason,
            e.EOCENDREASONCODE AS end_reason, e.CATEGORYOFNEED AS need_text, e.PLACEMENTADDRESSID AS address_id,
            e.PLACEMENTTYPECODE AS type_code, e.PLACEMENTPROVISIONCODE AS provision_code,
            e.PLACEMENTPOSTCODE AS postcode, e.PLACEMENTCHANGEREASONCODE AS change_reason,
            CASE WHEN LAG(e.PERIODOFCAREID) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PERIODOFCAREID
                AND LAG(e.PLACEMENTADDRESSID) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PLACEMENTADDRESSID
                AND LAG(e.PLACEMENTTYPECODE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PLACEMENTTYPECODE
                AND LAG(e.EOCENDDATE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) >= (e.EOCSTARTDATE + -1 * INTERVAL '1 day')
                THEN 0 ELSE 1 END AS is_new
        FROM "claepisodeofcareview" e
        WHERE e.EOCSTARTDATE IS NOT NULL AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(e.PERSONID AS VARCHAR(48)))
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
        LEFT JOIN "claperiodofcareview" pc ON pc.PERIODOFCAREID = cr.period_id AND pc.PERSONID = cr.person_id
        WHERE (cr.end_date IS NULL OR cr.end_date >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    iro_meetings AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 1 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS meeting_date
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.CONTROLNAME WHEN 'dateOfMeeting' THEN 1 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN 'DATEOFMEETING' THEN 1 END END AS control_no
                FROM "formanswerpersonview" f
                WHERE f.DESIGNGUID = '2d9d174f-77ed-40bd-ac2b-cae8015ad799'
                    AND (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE'))
                OFFSET 0
            ) fr
            GROUP BY fr.instance_id, fr.person_id
    ),
    last_iro AS (
        SELECT ep.event_key, MAX(im.meeting_date) AS meeting_date
        FROM episodes ep
        JOIN iro_meetings im ON im.person_id = ep.person_id AND im.meeting_date >= ep.event_date
            AND im.meeting_date <= COALESCE(ep.discharge_date, CURRENT_DATE)
        GROUP BY ep.event_key
    ),
    referrals AS (
        SELECT chosen.event_key, chosen.referral_id
        FROM (
            SELECT ev.event_key, ref.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ref.cine_referral_date DESC, ref.cine_referral_id DESC) AS pick
            FROM episodes ev
            JOIN "ssd"."ssd_cin_episodes" ref
                ON ref.cine_person_id = CAST(ev.person_id AS VARCHAR(48)) AND ref.cine_referral_date <= ev.event_date
        ) chosen
        WHERE chosen.pick = 1
    ),
    ssd_bridge_fill ("clae_cla_episode_id", "clae_person_id", "clae_cla_placement_id", "clae_cla_episode_start_date", "clae_cla_episode_start_reason", "clae_cla_primary_need_code", "clae_cla_episode_ceased_date", "clae_cla_episode_ceased_reason", "clae_cla_id", "clae_referral_id", "clae_cla_last_iro_contact_date", "clae_entered_care_date") AS (
    SELECT
        CAST(ep.event_key AS VARCHAR(48)),
        CAST(ep.person_id AS VARCHAR(48)),
        CAST(ep.placement_id AS VARCHAR(48)),
        ep.start_date,
        LEFT(ep.start_reason, 100),
        CASE WHEN UPPER(TRIM(CAST(ep.need_text AS VARCHAR(4000)))) IN ('N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9', 'N0') THEN UPPER(LTRIM(RTRIM(ep.need_text)))
            ELSE CASE UPPER(TRIM(CAST(ep.need_text AS VARCHAR(4000)))) WHEN 'ABUSE OR NEGLECT' THEN 'N1' WHEN 'CHILD''S DISABILITY' THEN 'N2' WHEN 'PARENTAL ILLNESS/DISABILITY' THEN 'N3' WHEN 'FAMILY IN ACUTE STRESS' THEN 'N4' WHEN 'FAMILY DYSFUNCTION' THEN 'N5' WHEN 'SOCIALLY UNACCEPTABLE BEHAVIOUR' THEN 'N6' WHEN 'LOW INCOME' THEN 'N7' WHEN 'ABSENT PARENTING' THEN 'N8' WHEN 'CASES OTHER THAN CHILD IN NEED' THEN 'N9' WHEN 'NOT STATED' THEN 'N0' END END,
        ep.end_date,
        LEFT(ep.end_reason, 255),
        CAST(ep.period_id AS VARCHAR(48)),
        r.referral_id,
        li.meeting_date,
        ep.admission_date
    FROM episodes ep
    LEFT JOIN last_iro li ON li.event_key = ep.event_key
    LEFT JOIN referrals r ON r.event_key = ep.event_key
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("clae_cla_episode_id" AS TEXT) AS "clae_cla_episode_id", CAST("clae_person_id" AS TEXT) AS "clae_person_id", CAST("clae_cla_placement_id" AS TEXT) AS "clae_cla_placement_id", CAST("clae_cla_episode_start_date" AS TIMESTAMP) AS "clae_cla_episode_start_date", CAST("clae_cla_episode_start_reason" AS TEXT) AS "clae_cla_episode_start_reason", CAST("clae_cla_primary_need_code" AS TEXT) AS "clae_cla_primary_need_code", CAST("clae_cla_episode_ceased_date" AS TIMESTAMP) AS "clae_cla_episode_ceased_date", CAST("clae_cla_episode_ceased_reason" AS TEXT) AS "clae_cla_episode_ceased_reason", CAST("clae_cla_id" AS TEXT) AS "clae_cla_id", CAST("clae_referral_id" AS TEXT) AS "clae_referral_id", CAST("clae_cla_last_iro_contact_date" AS TIMESTAMP) AS "clae_cla_last_iro_contact_date", CAST("clae_entered_care_date" AS TIMESTAMP) AS "clae_entered_care_date"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cla_episodes" ("clae_cla_episode_id", "clae_person_id", "clae_cla_placement_id", "clae_cla_episode_start_date", "clae_cla_episode_start_reason", "clae_cla_primary_need_code", "clae_cla_episode_ceased_date", "clae_cla_episode_ceased_reason", "clae_cla_id", "clae_referral_id", "clae_cla_last_iro_contact_date", "clae_entered_care_date")
        SELECT CASE WHEN LENGTH("clae_cla_episode_id") > 48 THEN CONCAT(LEFT("clae_cla_episode_id", 47), '…') ELSE "clae_cla_episode_id" END, CASE WHEN LENGTH("clae_person_id") > 48 THEN CONCAT(LEFT("clae_person_id", 47), '…') ELSE "clae_person_id" END, CASE WHEN LENGTH("clae_cla_placement_id") > 48 THEN CONCAT(LEFT("clae_cla_placement_id", 47), '…') ELSE "clae_cla_placement_id" END, "clae_cla_episode_start_date", CASE WHEN LENGTH("clae_cla_episode_start_reason") > 100 THEN CONCAT(LEFT("clae_cla_episode_start_reason", 99), '…') ELSE "clae_cla_episode_start_reason" END, CASE WHEN LENGTH("clae_cla_primary_need_code") > 3 THEN CONCAT(LEFT("clae_cla_primary_need_code", 2), '…') ELSE "clae_cla_primary_need_code" END, "clae_cla_episode_ceased_date", CASE WHEN LENGTH("clae_cla_episode_ceased_reason") > 255 THEN CONCAT(LEFT("clae_cla_episode_ceased_reason", 254), '…') ELSE "clae_cla_episode_ceased_reason" END, CASE WHEN LENGTH("clae_cla_id") > 48 THEN CONCAT(LEFT("clae_cla_id", 47), '…') ELSE "clae_cla_id" END, CASE WHEN LENGTH("clae_referral_id") > 48 THEN CONCAT(LEFT("clae_referral_id", 47), '…') ELSE "clae_referral_id" END, "clae_cla_last_iro_contact_date", "clae_entered_care_date" FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' clae_cla_episode_id=', COUNT(*) FILTER (WHERE LENGTH("clae_cla_episode_id") > 48)), ' clae_cla_episode_id=0'), NULLIF(CONCAT(' clae_person_id=', COUNT(*) FILTER (WHERE LENGTH("clae_person_id") > 48)), ' clae_person_id=0'), NULLIF(CONCAT(' clae_cla_placement_id=', COUNT(*) FILTER (WHERE LENGTH("clae_cla_placement_id") > 48)), ' clae_cla_placement_id=0'), NULLIF(CONCAT(' clae_cla_episode_start_reason=', COUNT(*) FILTER (WHERE LENGTH("clae_cla_episode_start_reason") > 100)), ' clae_cla_episode_start_reason=0'), NULLIF(CONCAT(' clae_cla_primary_need_code=', COUNT(*) FILTER (WHERE LENGTH("clae_cla_primary_need_code") > 3)), ' clae_cla_primary_need_code=0'), NULLIF(CONCAT(' clae_cla_episode_ceased_reason=', COUNT(*) FILTER (WHERE LENGTH("clae_cla_episode_ceased_reason") > 255)), ' clae_cla_episode_ceased_reason=0'), NULLIF(CONCAT(' clae_cla_id=', COUNT(*) FILTER (WHERE LENGTH("clae_cla_id") > 48)), ' clae_cla_id=0'), NULLIF(CONCAT(' clae_referral_id=', COUNT(*) FILTER (WHERE LENGTH("clae_referral_id") > 48)), ' clae_referral_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_episodes', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_episodes', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
