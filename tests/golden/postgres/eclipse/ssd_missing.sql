
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
    WITH forms AS (
        SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id,
            COALESCE(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'DATECHILDLASTSEEN%' THEN f.DATEANSWERVALUE END),
                     CASE WHEN TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END) AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END) AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END) AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END) AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END) AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END) AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END) AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END) AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END) AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END) AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END) AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END) AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END) AS start_date,
            COALESCE(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'FOUNDREPORTDATE%' THEN f.DATEANSWERVALUE END),
                     CASE WHEN TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END) AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END) AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END) AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END) AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END) AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END) AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END) AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END) AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END) AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END) AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END) AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END) AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END) AS end_date,
            MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'ABSENCETYPE%' THEN f.ANSWERVALUE END) AS episode_type,
            MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'HASARETURNHOMEINTERVIEWBEENOFFERED%' THEN f.ANSWERVALUE END) AS rhi_offered,
            MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'HASTHERETURNHOMEINTERVIEWBEENACCEPTED%' THEN f.ANSWERVALUE END) AS rhi_accepted
        FROM "formanswerpersonview" f
        WHERE f.DESIGNGUID = 'e112bee8-4f50-4904-8ebc-842e2fd33994' AND (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE'))
        GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    keyed AS (
        SELECT CONCAT(CAST(m.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY m.instance_id) > 1
        THEN CONCAT('-', CAST(m.person_id AS VARCHAR(48))) ELSE '' END) AS missing_key, m.*
        FROM forms m
        WHERE m.start_date IS NOT NULL AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(m.person_id AS VARCHAR(48)))
    ),
    ssd_bridge_fill ("miss_table_id", "miss_person_id", "miss_missing_episode_start_date", "miss_missing_episode_type", "miss_missing_episode_end_date", "miss_missing_rhi_offered", "miss_missing_rhi_accepted") AS (
    SELECT
        k.missing_key,
        CAST(k.person_id AS VARCHAR(48)),
        k.start_date,
        LEFT(k.episode_type, 100),
        k.end_date,
        CASE WHEN UPPER(TRIM(CAST(k.rhi_offered AS VARCHAR(4000)))) IN ('YES', 'NO', 'NOT APPLICABLE') THEN CASE UPPER(TRIM(CAST(k.rhi_offered AS VARCHAR(4000)))) WHEN 'YES' THEN 'Y' WHEN 'NO' THEN 'N' WHEN 'NOT APPLICABLE' THEN 'NA' END
        WHEN k.rhi_offered = LEFT(k.rhi_offered, 2) THEN k.rhi_offered END,
        CASE WHEN UPPER(TRIM(CAST(k.rhi_accepted AS VARCHAR(4000)))) IN ('YES', 'NO', 'NOT APPLICABLE') THEN CASE UPPER(TRIM(CAST(k.rhi_accepted AS VARCHAR(4000)))) WHEN 'YES' THEN 'Y' WHEN 'NO' THEN 'N' WHEN 'NOT APPLICABLE' THEN 'NA' END
        WHEN k.rhi_accepted = LEFT(k.rhi_accepted, 2) THEN k.rhi_accepted END
    FROM keyed k
    WHERE (k.end_date IS NULL OR k.end_date >= (CURRENT_DATE - INTERVAL '6 years'))
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
