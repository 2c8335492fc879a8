DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_missing'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_missing";
    WITH
    ssd_bridge_fill ("miss_table_id", "miss_person_id", "miss_missing_episode_start_date", "miss_missing_episode_type", "miss_missing_episode_end_date", "miss_missing_rhi_offered", "miss_missing_rhi_accepted") AS (
    SELECT
        CAST(mp.FACT_MISSING_PERSON_ID AS VARCHAR(48)),
        CAST(mp.DIM_PERSON_ID AS VARCHAR(48)),
        mp.START_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(mp.MISSING_STATUS)), 100), ''),
        mp.END_DTTM,
        CASE UPPER(LTRIM(RTRIM(mp.RETURN_INTERVIEW_OFFERED))) WHEN 'YES' THEN 'Y' WHEN 'Y' THEN 'Y' WHEN 'NO' THEN 'N' WHEN 'N' THEN 'N' WHEN 'NA' THEN 'NA' END,
        CASE UPPER(LTRIM(RTRIM(mp.RETURN_INTERVIEW_ACCEPTED))) WHEN 'YES' THEN 'Y' WHEN 'Y' THEN 'Y' WHEN 'NO' THEN 'N' WHEN 'N' THEN 'N' WHEN 'NA' THEN 'NA' END
    FROM "hdm"."child_social"."fact_missing_person" mp
    WHERE mp.DIM_PERSON_ID <> -1
        AND (mp.END_DTTM IS NULL OR mp.END_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(mp.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("miss_table_id" AS TEXT) AS "miss_table_id", CAST("miss_person_id" AS TEXT) AS "miss_person_id", CAST("miss_missing_episode_start_date" AS TIMESTAMP) AS "miss_missing_episode_start_date", CAST("miss_missing_episode_type" AS TEXT) AS "miss_missing_episode_type", CAST("miss_missing_episode_end_date" AS TIMESTAMP) AS "miss_missing_episode_end_date", CAST("miss_missing_rhi_offered" AS TEXT) AS "miss_missing_rhi_offered", CAST("miss_missing_rhi_accepted" AS TEXT) AS "miss_missing_rhi_accepted"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_missing" ("miss_table_id", "miss_person_id", "miss_missing_episode_start_date", "miss_missing_episode_type", "miss_missing_episode_end_date", "miss_missing_rhi_offered", "miss_missing_rhi_accepted")
        SELECT CASE WHEN LENGTH("miss_table_id") > 48 THEN CONCAT(LEFT("miss_table_id", 47), '…') ELSE "miss_table_id" END, CASE WHEN LENGTH("miss_person_id") > 48 THEN CONCAT(LEFT("miss_person_id", 47), '…') ELSE "miss_person_id" END, "miss_missing_episode_start_date", CASE WHEN LENGTH("miss_missing_episode_type") > 100 THEN CONCAT(LEFT("miss_missing_episode_type", 99), '…') ELSE "miss_missing_episode_type" END, "miss_missing_episode_end_date", CASE WHEN LENGTH("miss_missing_rhi_offered") > 2 THEN CONCAT(LEFT("miss_missing_rhi_offered", 1), '…') ELSE "miss_missing_rhi_offered" END, CASE WHEN LENGTH("miss_missing_rhi_accepted") > 2 THEN CONCAT(LEFT("miss_missing_rhi_accepted", 1), '…') ELSE "miss_missing_rhi_accepted" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' miss_table_id=', COUNT(*) FILTER (WHERE LENGTH("miss_table_id") > 48)), ' miss_table_id=0'), NULLIF(CONCAT(' miss_person_id=', COUNT(*) FILTER (WHERE LENGTH("miss_person_id") > 48)), ' miss_person_id=0'), NULLIF(CONCAT(' miss_missing_episode_type=', COUNT(*) FILTER (WHERE LENGTH("miss_missing_episode_type") > 100)), ' miss_missing_episode_type=0'), NULLIF(CONCAT(' miss_missing_rhi_offered=', COUNT(*) FILTER (WHERE LENGTH("miss_missing_rhi_offered") > 2)), ' miss_missing_rhi_offered=0'), NULLIF(CONCAT(' miss_missing_rhi_accepted=', COUNT(*) FILTER (WHERE LENGTH("miss_missing_rhi_accepted") > 2)), ' miss_missing_rhi_accepted=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_missing', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_missing', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
