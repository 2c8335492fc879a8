DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_legal_status'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_legal_status";
    WITH statuses AS (
        SELECT e.EPISODEOFCAREID AS episode_id, e.PERSONID AS person_id, e.LEGALSTATUS AS status,
            e.EOCSTARTDATE AS start_date, e.EOCENDDATE AS end_date,
            CASE WHEN LAG(e.LEGALSTATUS) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.LEGALSTATUS
                AND LAG(e.EOCENDDATE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) >= (e.EOCSTARTDATE + -1 * INTERVAL '1 day')
                THEN 0 ELSE 1 END AS is_new
        FROM "claepisodeofcareview" e
        WHERE e.EOCSTARTDATE IS NOT NULL AND e.LEGALSTATUS IS NOT NULL AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(e.PERSONID AS VARCHAR(48)))
    ),
    numbered AS (
        SELECT st.*, SUM(st.is_new) OVER (PARTITION BY st.person_id ORDER BY st.start_date, st.episode_id
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS spell_no
        FROM statuses st
    ),
    spells AS (
        SELECT n.person_id, MAX(CASE WHEN n.is_new = 1 THEN n.episode_id END) AS spell_id, MAX(n.status) AS status,
            MIN(n.start_date) AS start_date,
            CASE WHEN MAX(CASE WHEN n.end_date IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(n.end_date) END AS end_date
        FROM numbered n
        GROUP BY n.person_id, n.spell_no
    ),
    ssd_bridge_fill ("lega_legal_status_id", "lega_person_id", "lega_legal_status", "lega_legal_status_start_date", "lega_legal_status_end_date") AS (
    SELECT
        CAST(sp.spell_id AS VARCHAR(48)),
        CAST(sp.person_id AS VARCHAR(48)),
        LEFT(sp.status, 100),
        sp.start_date,
        sp.end_date
    FROM spells sp
    WHERE (sp.end_date IS NULL OR sp.end_date >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("lega_legal_status_id" AS TEXT) AS "lega_legal_status_id", CAST("lega_person_id" AS TEXT) AS "lega_person_id", CAST("lega_legal_status" AS TEXT) AS "lega_legal_status", CAST("lega_legal_status_start_date" AS TIMESTAMP) AS "lega_legal_status_start_date", CAST("lega_legal_status_end_date" AS TIMESTAMP) AS "lega_legal_status_end_date"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_legal_status" ("lega_legal_status_id", "lega_person_id", "lega_legal_status", "lega_legal_status_start_date", "lega_legal_status_end_date")
        SELECT CASE WHEN LENGTH("lega_legal_status_id") > 48 THEN CONCAT(LEFT("lega_legal_status_id", 47), '…') ELSE "lega_legal_status_id" END, CASE WHEN LENGTH("lega_person_id") > 48 THEN CONCAT(LEFT("lega_person_id", 47), '…') ELSE "lega_person_id" END, CASE WHEN LENGTH("lega_legal_status") > 100 THEN CONCAT(LEFT("lega_legal_status", 99), '…') ELSE "lega_legal_status" END, "lega_legal_status_start_date", "lega_legal_status_end_date" FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' lega_legal_status_id=', COUNT(*) FILTER (WHERE LENGTH("lega_legal_status_id") > 48)), ' lega_legal_status_id=0'), NULLIF(CONCAT(' lega_person_id=', COUNT(*) FILTER (WHERE LENGTH("lega_person_id") > 48)), ' lega_person_id=0'), NULLIF(CONCAT(' lega_legal_status=', COUNT(*) FILTER (WHERE LENGTH("lega_legal_status") > 100)), ' lega_legal_status=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_legal_status', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_legal_status', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
