
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
    WITH links AS (
        SELECT CONCAT('AW.', CAST(aw.ALLOCATION_ID AS VARCHAR(20))) AS id, aw.WORKER_ID AS worker_id, 'CW' AS role,
               aw.PERSON_ID AS person_id, aw.START_DATE AS start_date, aw.END_DATE AS end_date, NULL AS reason
        FROM "dm_allocated_workers" aw
        WHERE aw.START_DATE <= CURRENT_DATE AND (aw.END_DATE IS NULL OR aw.END_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
        UNION ALL
        SELECT CONCAT('PR.', CAST(pr.PROF_RELATIONSHIP_ID AS VARCHAR(20))), pr.WORKER_ID,
               CASE WHEN 1 = 0 THEN 'CW' ELSE pr.PROF_REL_TYPE_CODE END,
               pr.PERSON_ID, pr.START_DATE, pr.END_DATE, pr.END_DATE_REASON
        FROM "dm_prof_relationships" pr
        WHERE pr.START_DATE <= CURRENT_DATE AND (pr.END_DATE IS NULL OR pr.END_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    teams AS (
        SELECT chosen.id, chosen.team_id
        FROM (
            SELECT ev.id, wr.ORGANISATION_ID AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.id ORDER BY wr.START_DATE DESC, wr.WORKER_ROLE_ID DESC) AS pick
            FROM links ev
            JOIN "dm_worker_roles" wr
                ON wr.WORKER_ID = ev.worker_id AND wr.START_DATE <= ev.start_date AND (wr.END_DATE IS NULL OR wr.END_DATE >= ev.start_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    referrals AS (
        SELECT ev.id, CONCAT(CAST(MAX(ref.REFERRAL_ID) AS VARCHAR(20)), '-', CAST(MAX(ref.PERSON_ID) AS VARCHAR(20))) AS referral_id
        FROM links ev
        JOIN "dm_cin_referrals" ref
            ON ref.PERSON_ID = ev.person_id AND (ev.end_date IS NULL OR ref.REFERRAL_DATE <= ev.end_date) AND (ref.CLOSURE_DATE IS NULL OR ref.CLOSURE_DATE >= ev.start_date)
        GROUP BY ev.id
    ),
    ssd_bridge_fill ("invo_involvements_id", "invo_professional_id", "invo_professional_role_id", "invo_professional_team", "invo_person_id", "invo_involvement_start_date", "invo_involvement_end_date", "invo_worker_change_reason", "invo_referral_id") AS (
    SELECT
        l.id,
        CAST(l.worker_id AS VARCHAR(48)),
        LEFT(l.role, 200),
        CAST(t.team_id AS VARCHAR(48)),
        CAST(l.person_id AS VARCHAR(48)),
        l.start_date,
        l.end_date,
        LEFT(l.reason, 200),
        rf.referral_id
    FROM links l
    LEFT JOIN teams t ON t.id = l.id
    LEFT JOIN referrals rf ON rf.id = l.id
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(l.person_id AS VARCHAR(48)))
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
