DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_early_help_episodes'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_early_help_episodes";
    WITH
    ssd_bridge_fill ("earl_episode_id", "earl_person_id", "earl_episode_start_date", "earl_episode_end_date", "earl_episode_reason", "earl_episode_end_reason", "earl_episode_organisation", "earl_episode_worker_id") AS (
    SELECT
        CAST(eh.FACT_CAF_EPISODE_ID AS VARCHAR(48)),
        CAST(eh.DIM_PERSON_ID AS VARCHAR(48)),
        eh.EPISODE_START_DTTM,
        eh.EPISODE_END_DTTM,
        NULLIF(LTRIM(RTRIM(eh.START_REASON)), ''),
        NULLIF(LTRIM(RTRIM(eh.DIM_LOOKUP_CAF_EP_ENDRSN_ID_CODE)), ''),
        NULLIF(LTRIM(RTRIM(eh.DIM_LOOKUP_ORIGINATING_ORGANISATION_CODE)), ''),
        NULL
    FROM "hdm"."child_social"."fact_caf_episode" eh
    WHERE eh.DIM_PERSON_ID <> -1
        AND (eh.EPISODE_END_DTTM IS NULL OR eh.EPISODE_END_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(eh.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("earl_episode_id" AS TEXT) AS "earl_episode_id", CAST("earl_person_id" AS TEXT) AS "earl_person_id", CAST("earl_episode_start_date" AS TIMESTAMP) AS "earl_episode_start_date", CAST("earl_episode_end_date" AS TIMESTAMP) AS "earl_episode_end_date", CAST("earl_episode_reason" AS TEXT) AS "earl_episode_reason", CAST("earl_episode_end_reason" AS TEXT) AS "earl_episode_end_reason", CAST("earl_episode_organisation" AS TEXT) AS "earl_episode_organisation", CAST("earl_episode_worker_id" AS TEXT) AS "earl_episode_worker_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_early_help_episodes" ("earl_episode_id", "earl_person_id", "earl_episode_start_date", "earl_episode_end_date", "earl_episode_reason", "earl_episode_end_reason", "earl_episode_organisation", "earl_episode_worker_id")
        SELECT CASE WHEN LENGTH("earl_episode_id") > 48 THEN CONCAT(LEFT("earl_episode_id", 47), '…') ELSE "earl_episode_id" END, CASE WHEN LENGTH("earl_person_id") > 48 THEN CONCAT(LEFT("earl_person_id", 47), '…') ELSE "earl_person_id" END, "earl_episode_start_date", "earl_episode_end_date", "earl_episode_reason", "earl_episode_end_reason", "earl_episode_organisation", CASE WHEN LENGTH("earl_episode_worker_id") > 100 THEN CONCAT(LEFT("earl_episode_worker_id", 99), '…') ELSE "earl_episode_worker_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' earl_episode_id=', COUNT(*) FILTER (WHERE LENGTH("earl_episode_id") > 48)), ' earl_episode_id=0'), NULLIF(CONCAT(' earl_person_id=', COUNT(*) FILTER (WHERE LENGTH("earl_person_id") > 48)), ' earl_person_id=0'), NULLIF(CONCAT(' earl_episode_worker_id=', COUNT(*) FILTER (WHERE LENGTH("earl_episode_worker_id") > 100)), ' earl_episode_worker_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_early_help_episodes', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_early_help_episodes', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
