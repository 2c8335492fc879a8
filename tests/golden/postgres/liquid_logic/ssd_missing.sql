DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_missing'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_missing";
    INSERT INTO "ssd"."ssd_missing" ("miss_table_id", "miss_person_id", "miss_missing_episode_start_date", "miss_missing_episode_type", "miss_missing_episode_end_date", "miss_missing_rhi_offered", "miss_missing_rhi_accepted")
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
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_missing', loaded;
END $$;
-- ssd-bridge: end of batch
