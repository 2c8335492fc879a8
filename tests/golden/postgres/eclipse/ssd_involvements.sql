DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_involvements'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_involvements";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_involvements" ("invo_involvements_id" TEXT, "invo_professional_id" TEXT, "invo_professional_role_id" TEXT, "invo_professional_team" TEXT, "invo_person_id" TEXT, "invo_involvement_start_date" TIMESTAMP, "invo_involvement_end_date" TIMESTAMP, "invo_worker_change_reason" TEXT, "invo_referral_id" TEXT);
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
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
    )
    INSERT INTO pg_temp."ssd_load_ssd_involvements" ("invo_involvements_id", "invo_professional_id", "invo_professional_role_id", "invo_professional_team", "invo_person_id", "invo_involvement_start_date", "invo_involvement_end_date", "invo_worker_change_reason", "invo_referral_id")
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
    LEFT JOIN referrals r ON r.event_key = i.event_key;
    DELETE FROM "ssd"."ssd_involvements";
    INSERT INTO "ssd"."ssd_involvements" ("invo_involvements_id", "invo_professional_id", "invo_professional_role_id", "invo_professional_team", "invo_person_id", "invo_involvement_start_date", "invo_involvement_end_date", "invo_worker_change_reason", "invo_referral_id")
    SELECT CASE WHEN LENGTH("invo_involvements_id") > 48 THEN CONCAT(LEFT("invo_involvements_id", 47), '…') ELSE "invo_involvements_id" END, CASE WHEN LENGTH("invo_professional_id") > 48 THEN CONCAT(LEFT("invo_professional_id", 47), '…') ELSE "invo_professional_id" END, CASE WHEN LENGTH("invo_professional_role_id") > 200 THEN CONCAT(LEFT("invo_professional_role_id", 199), '…') ELSE "invo_professional_role_id" END, CASE WHEN LENGTH("invo_professional_team") > 48 THEN CONCAT(LEFT("invo_professional_team", 47), '…') ELSE "invo_professional_team" END, CASE WHEN LENGTH("invo_person_id") > 48 THEN CONCAT(LEFT("invo_person_id", 47), '…') ELSE "invo_person_id" END, "invo_involvement_start_date", "invo_involvement_end_date", CASE WHEN LENGTH("invo_worker_change_reason") > 200 THEN CONCAT(LEFT("invo_worker_change_reason", 199), '…') ELSE "invo_worker_change_reason" END, CASE WHEN LENGTH("invo_referral_id") > 48 THEN CONCAT(LEFT("invo_referral_id", 47), '…') ELSE "invo_referral_id" END FROM pg_temp."ssd_load_ssd_involvements";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_involvements', loaded;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    SELECT CONCAT('', NULLIF(CONCAT(' invo_involvements_id=', COUNT(*) FILTER (WHERE LENGTH("invo_involvements_id") > 48)), ' invo_involvements_id=0'), NULLIF(CONCAT(' invo_professional_id=', COUNT(*) FILTER (WHERE LENGTH("invo_professional_id") > 48)), ' invo_professional_id=0'), NULLIF(CONCAT(' invo_professional_role_id=', COUNT(*) FILTER (WHERE LENGTH("invo_professional_role_id") > 200)), ' invo_professional_role_id=0'), NULLIF(CONCAT(' invo_professional_team=', COUNT(*) FILTER (WHERE LENGTH("invo_professional_team") > 48)), ' invo_professional_team=0'), NULLIF(CONCAT(' invo_person_id=', COUNT(*) FILTER (WHERE LENGTH("invo_person_id") > 48)), ' invo_person_id=0'), NULLIF(CONCAT(' invo_worker_change_reason=', COUNT(*) FILTER (WHERE LENGTH("invo_worker_change_reason") > 200)), ' invo_worker_change_reason=0'), NULLIF(CONCAT(' invo_referral_id=', COUNT(*) FILTER (WHERE LENGTH("invo_referral_id") > 48)), ' invo_referral_id=0')), '' INTO cuts, unread FROM pg_temp."ssd_load_ssd_involvements";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_involvements', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_involvements";
END $$;
-- ssd-bridge: end of batch
