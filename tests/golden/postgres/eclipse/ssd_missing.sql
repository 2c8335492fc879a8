
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_missing'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_missing";
    WITH forms AS (
        SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id,
            COALESCE(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'DATECHILDLASTSEEN%' THEN f.DATEANSWERVALUE END),
                     CASE WHEN CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END) AS TEXT) ~ '^\s*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?\s*$' THEN CAST(LEFT(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END) AS TEXT)), 19) AS TIMESTAMP) WHEN CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END) AS TEXT) ~ '^\s*(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])/[0-9]{4}\s*$' THEN CAST(TO_DATE(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'DATECHILDLASTSEEN%' THEN f.ANSWERVALUE END) AS TEXT)), 'DD/MM/YYYY') AS TIMESTAMP) END) AS start_date,
            COALESCE(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'FOUNDREPORTDATE%' THEN f.DATEANSWERVALUE END),
                     CASE WHEN CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END) AS TEXT) ~ '^\s*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?\s*$' THEN CAST(LEFT(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END) AS TEXT)), 19) AS TIMESTAMP) WHEN CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END) AS TEXT) ~ '^\s*(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])/[0-9]{4}\s*$' THEN CAST(TO_DATE(TRIM(CAST(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'FOUNDREPORTDATE%' THEN f.ANSWERVALUE END) AS TEXT)), 'DD/MM/YYYY') AS TIMESTAMP) END) AS end_date,
            MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'ABSENCETYPE%' THEN f.ANSWERVALUE END) AS episode_type,
            MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'HASARETURNHOMEINTERVIEWBEENOFFERED%' THEN f.ANSWERVALUE END) AS rhi_offered,
            MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE 'HASTHERETURNHOMEINTERVIEWBEENACCEPTED%' THEN f.ANSWERVALUE END) AS rhi_accepted
        FROM "formanswerpersonview" f
        WHERE f.DESIGNGUID = 'e112bee8-4f50-4904-8ebc-842e2fd33994' AND f.INSTANCESTATE = 'COMPLETE'
        GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    keyed AS (
        SELECT CONCAT(CAST(m.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY m.instance_id) > 1
        THEN CONCAT('-', CAST(m.person_id AS VARCHAR(48))) ELSE '' END) AS missing_key, m.*
        FROM forms m
        WHERE m.start_date IS NOT NULL AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(m.person_id AS VARCHAR(48)))
    )
    INSERT INTO "ssd"."ssd_missing" ("miss_table_id", "miss_person_id", "miss_missing_episode_start_date", "miss_missing_episode_type", "miss_missing_episode_end_date", "miss_missing_rhi_offered", "miss_missing_rhi_accepted")
    SELECT
        k.missing_key,
        CAST(k.person_id AS VARCHAR(48)),
        k.start_date,
        LEFT(k.episode_type, 100),
        k.end_date,
        CASE WHEN k.rhi_offered IN ('Yes', 'No', 'Not applicable') THEN CASE WHEN k.rhi_offered = 'Yes' THEN 'Y' WHEN k.rhi_offered = 'No' THEN 'N' WHEN k.rhi_offered = 'Not applicable' THEN 'NA' END
        WHEN k.rhi_offered = LEFT(k.rhi_offered, 2) THEN k.rhi_offered END,
        CASE WHEN k.rhi_accepted IN ('Yes', 'No', 'Not applicable') THEN CASE WHEN k.rhi_accepted = 'Yes' THEN 'Y' WHEN k.rhi_accepted = 'No' THEN 'N' WHEN k.rhi_accepted = 'Not applicable' THEN 'NA' END
        WHEN k.rhi_accepted = LEFT(k.rhi_accepted, 2) THEN k.rhi_accepted END
    FROM keyed k
    WHERE (k.end_date IS NULL OR k.end_date >= (CURRENT_DATE - INTERVAL '6 years'));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_missing', loaded;
END $$;
-- ssd-bridge: end of batch
