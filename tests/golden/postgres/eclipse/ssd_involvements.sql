DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_involvements'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_involvements";
    WITH involvements AS (
        SELECT rp.PERSONRELATIONSHIPRECORDID AS event_key, rp.PERSONID AS person_id, rp.STARTDATE AS event_date,
            rp.PROFESSIONALRELATIONSHIPPERSONID AS professional_id, rp.CLOSEDATE AS end_date,
            rp.STARTREASONCODE AS reason_code,
            CASE WHEN UPPER(TRIM(CAST(rp.ALLOCATEDWORKERCODE AS VARCHAR(4000)))) = 'AW'
                THEN 'CW' ELSE rp.RELATIONSHIPCLASSCODE END AS role_code
        FROM "relationshipprofessionalview" rp
        WHERE (rp.CLOSEDATE IS NULL OR rp.CLOSEDATE >= (CURRENT_DATE - INTERVAL '6 years'))
            AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(rp.PERSONID AS VARCHAR(48)))
    ),
    teams AS (
        SELECT chosen.event_key, chosen.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM involvements ev
            JOIN "personorgrelationshipview" tm
                ON tm.PERSONID = ev.person_id AND UPPER(TRIM(CAST(tm.ALLOCATEDTEAMCODE AS VARCHAR(4000)))) = 'AT' AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    referrals AS (
        SELECT chosen.event_key, chosen.referral_id
        FROM (
            SELECT ev.event_key, ref.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ref.cine_referral_date DESC, ref.cine_referral_id DESC) AS pick
            FROM involvements ev
            JOIN "ssd"."ssd_cin_episodes" ref
                ON ref.cine_person_id = CAST(ev.person_id AS VARCHAR(48)) AND ref.cine_referral_date <= ev.event_date
        ) chosen
        WHERE chosen.pick = 1
    ),
    ssd_bridge_fill ("invo_involvements_id", "invo_professional_id", "invo_professional_role_id", "invo_professional_team", "invo_person_id", "invo_involvement_start_date", "invo_involvement_end_date", "invo_worker_change_reason", "invo_referral_id") AS (
    SELECT
        CAST(i.event_key AS VARCHAR(48)),
        CAST(i.professional_id AS VARCHAR(48)),
        LEFT(i.role_code, 200),
        t.team_id,
        CAST(i.person_id AS VARCHAR(48)),
        i.event_date,
        i.end_date,
        LEFT(i.reason_code, 200),
        r.referral_id
    FROM involvements i
    LEFT JOIN teams t ON t.event_key = i.event_key
    LEFT JOIN referrals r ON r.event_key = i.event_key
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("invo_involvements_id" AS TEXT) AS "invo_involvements_id", CAST("invo_professional_id" AS TEXT) AS "invo_professional_id", CAST("invo_professional_role_id" AS TEXT) AS "invo_professional_role_id", CAST("invo_professional_team" AS TEXT) AS "invo_professional_team", CAST("invo_person_id" AS TEXT) AS "invo_person_id", CAST("invo_involvement_start_date" AS TIMESTAMP) AS "invo_involvement_start_date", CAST("invo_involvement_end_date" AS TIMESTAMP) AS "invo_involvement_end_date", CAST("invo_worker_change_reason" AS TEXT) AS "invo_worker_change_reason", CAST("invo_referral_id" AS TEXT) AS "invo_referral_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_involvements" ("invo_involvements_id", "invo_professional_id", "invo_professional_role_id", "invo_professional_team", "invo_person_id", "invo_involvement_start_date", "invo_involvement_end_date", "invo_worker_change_reason", "invo_referral_id")
        SELECT CASE WHEN LENGTH("invo_involvements_id") > 48 THEN CONCAT(LEFT("invo_involvements_id", 47), '…') ELSE "invo_involvements_id" END, CASE WHEN LENGTH("invo_professional_id") > 48 THEN CONCAT(LEFT("invo_professional_id", 47), '…') ELSE "invo_professional_id" END, CASE WHEN LENGTH("invo_professional_role_id") > 200 THEN CONCAT(LEFT("invo_professional_role_id", 199), '…') ELSE "invo_professional_role_id" END, CASE WHEN LENGTH("invo_professional_team") > 48 THEN CONCAT(LEFT("invo_professional_team", 47), '…') ELSE "invo_professional_team" END, CASE WHEN LENGTH("invo_person_id") > 48 THEN CONCAT(LEFT("invo_person_id", 47), '…') ELSE "invo_person_id" END, "invo_involvement_start_date", "invo_involvement_end_date", CASE WHEN LENGTH("invo_worker_change_reason") > 200 THEN CONCAT(LEFT("invo_worker_change_reason", 199), '…') ELSE "invo_worker_change_reason" END, CASE WHEN LENGTH("invo_referral_id") > 48 THEN CONCAT(LEFT("invo_referral_id", 47), '…') ELSE "invo_referral_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' invo_involvements_id=', COUNT(*) FILTER (WHERE LENGTH("invo_involvements_id") > 48)), ' invo_involvements_id=0'), NULLIF(CONCAT(' invo_professional_id=', COUNT(*) FILTER (WHERE LENGTH("invo_professional_id") > 48)), ' invo_professional_id=0'), NULLIF(CONCAT(' invo_professional_role_id=', COUNT(*) FILTER (WHERE LENGTH("invo_professional_role_id") > 200)), ' invo_professional_role_id=0'), NULLIF(CONCAT(' invo_professional_team=', COUNT(*) FILTER (WHERE LENGTH("invo_professional_team") > 48)), ' invo_professional_team=0'), NULLIF(CONCAT(' invo_person_id=', COUNT(*) FILTER (WHERE LENGTH("invo_person_id") > 48)), ' invo_person_id=0'), NULLIF(CONCAT(' invo_worker_change_reason=', COUNT(*) FILTER (WHERE LENGTH("invo_worker_change_reason") > 200)), ' invo_worker_change_reason=0'), NULLIF(CONCAT(' invo_referral_id=', COUNT(*) FILTER (WHERE LENGTH("invo_referral_id") > 48)), ' invo_referral_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_involvements', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_involvements', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
