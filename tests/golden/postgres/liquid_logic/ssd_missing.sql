DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_missing'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_missing";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_missing" ("miss_table_id" TEXT, "miss_person_id" TEXT, "miss_missing_episode_start_date" TIMESTAMP, "miss_missing_episode_type" TEXT, "miss_missing_episode_end_date" TIMESTAMP, "miss_missing_rhi_offered" TEXT, "miss_missing_rhi_accepted" TEXT);
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    INSERT INTO pg_temp."ssd_load_ssd_missing" ("miss_table_id", "miss_person_id", "miss_missing_episode_start_date", "miss_missing_episode_type", "miss_missing_episode_end_date", "miss_missing_rhi_offered", "miss_missing_rhi_accepted")
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
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(mp.DIM_PERSON_ID AS VARCHAR(48)));
    DELETE FROM "ssd"."ssd_missing";
    INSERT INTO "ssd"."ssd_missing" ("miss_table_id", "miss_person_id", "miss_missing_episode_start_date", "miss_missing_episode_type", "miss_missing_episode_end_date", "miss_missing_rhi_offered", "miss_missing_rhi_accepted")
    SELECT CASE WHEN LENGTH("miss_table_id") > 48 THEN CONCAT(LEFT("miss_table_id", 47), '…') ELSE "miss_table_id" END, CASE WHEN LENGTH("miss_person_id") > 48 THEN CONCAT(LEFT("miss_person_id", 47), '…') ELSE "miss_person_id" END, "miss_missing_episode_start_date", CASE WHEN LENGTH("miss_missing_episode_type") > 100 THEN CONCAT(LEFT("miss_missing_episode_type", 99), '…') ELSE "miss_missing_episode_type" END, "miss_missing_episode_end_date", CASE WHEN LENGTH("miss_missing_rhi_offered") > 2 THEN CONCAT(LEFT("miss_missing_rhi_offered", 1), '…') ELSE "miss_missing_rhi_offered" END, CASE WHEN LENGTH("miss_missing_rhi_accepted") > 2 THEN CONCAT(LEFT("miss_missing_rhi_accepted", 1), '…') ELSE "miss_missing_rhi_accepted" END FROM pg_temp."ssd_load_ssd_missing";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_missing', loaded;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    SELECT CONCAT('', NULLIF(CONCAT(' miss_table_id=', COUNT(*) FILTER (WHERE LENGTH("miss_table_id") > 48)), ' miss_table_id=0'), NULLIF(CONCAT(' miss_person_id=', COUNT(*) FILTER (WHERE LENGTH("miss_person_id") > 48)), ' miss_person_id=0'), NULLIF(CONCAT(' miss_missing_episode_type=', COUNT(*) FILTER (WHERE LENGTH("miss_missing_episode_type") > 100)), ' miss_missing_episode_type=0'), NULLIF(CONCAT(' miss_missing_rhi_offered=', COUNT(*) FILTER (WHERE LENGTH("miss_missing_rhi_offered") > 2)), ' miss_missing_rhi_offered=0'), NULLIF(CONCAT(' miss_missing_rhi_accepted=', COUNT(*) FILTER (WHERE LENGTH("miss_missing_rhi_accepted") > 2)), ' miss_missing_rhi_accepted=0')), '' INTO cuts, unread FROM pg_temp."ssd_load_ssd_missing";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_missing', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_missing";
END $$;
-- ssd-bridge: end of batch
