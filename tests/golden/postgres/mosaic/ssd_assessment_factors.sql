DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_assessment_factors'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_assessment_factors";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_assessment_factors" ("cinf_table_id" TEXT, "cinf_assessment_id" TEXT, "cinf_assessment_factors_json" TEXT);
    WITH factors AS (
        SELECT f.ASSESSMENT_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               UPPER(LTRIM(RTRIM(f.FACTOR_VALUE))) AS code
        FROM "dm_cin_assess_factors" f
        JOIN "dm_workflow_steps" s ON s.WORKFLOW_STEP_ID = f.ASSESSMENT_ID
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(TRIM(CAST(ss.SUBJECT_TYPE_CODE AS VARCHAR(4000)))) = 'PER'
        WHERE f.FACTOR_VALUE IS NOT NULL
    ),
    flags AS (
        SELECT fl.step_id, fl.person_id,
               CONCAT(
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '1A' THEN 1 ELSE 0 END) = 1 THEN ',"1A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '1B' THEN 1 ELSE 0 END) = 1 THEN ',"1B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '1C' THEN 1 ELSE 0 END) = 1 THEN ',"1C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '2A' THEN 1 ELSE 0 END) = 1 THEN ',"2A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '2B' THEN 1 ELSE 0 END) = 1 THEN ',"2B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '2C' THEN 1 ELSE 0 END) = 1 THEN ',"2C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '3A' THEN 1 ELSE 0 END) = 1 THEN ',"3A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '3B' THEN 1 ELSE 0 END) = 1 THEN ',"3B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '3C' THEN 1 ELSE 0 END) = 1 THEN ',"3C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '4A' THEN 1 ELSE 0 END) = 1 THEN ',"4A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '4B' THEN 1 ELSE 0 END) = 1 THEN ',"4B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '4C' THEN 1 ELSE 0 END) = 1 THEN ',"4C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '5A' THEN 1 ELSE 0 END) = 1 THEN ',"5A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '5B' THEN 1 ELSE 0 END) = 1 THEN ',"5B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '5C' THEN 1 ELSE 0 END) = 1 THEN ',"5C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '6A' THEN 1 ELSE 0 END) = 1 THEN ',"6A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '6B' THEN 1 ELSE 0 END) = 1 THEN ',"6B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '6C' THEN 1 ELSE 0 END) = 1 THEN ',"6C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '7A' THEN 1 ELSE 0 END) = 1 THEN ',"7A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '8B' THEN 1 ELSE 0 END) = 1 THEN ',"8B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '8C' THEN 1 ELSE 0 END) = 1 THEN ',"8C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '8D' THEN 1 ELSE 0 END) = 1 THEN ',"8D"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '8E' THEN 1 ELSE 0 END) = 1 THEN ',"8E"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '8F' THEN 1 ELSE 0 END) = 1 THEN ',"8F"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '9A' THEN 1 ELSE 0 END) = 1 THEN ',"9A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '10A' THEN 1 ELSE 0 END) = 1 THEN ',"10A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '11A' THEN 1 ELSE 0 END) = 1 THEN ',"11A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '12A' THEN 1 ELSE 0 END) = 1 THEN ',"12A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '13A' THEN 1 ELSE 0 END) = 1 THEN ',"13A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '14A' THEN 1 ELSE 0 END) = 1 THEN ',"14A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '15A' THEN 1 ELSE 0 END) = 1 THEN ',"15A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '16A' THEN 1 ELSE 0 END) = 1 THEN ',"16A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '17A' THEN 1 ELSE 0 END) = 1 THEN ',"17A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '18A' THEN 1 ELSE 0 END) = 1 THEN ',"18A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '18B' THEN 1 ELSE 0 END) = 1 THEN ',"18B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '18C' THEN 1 ELSE 0 END) = 1 THEN ',"18C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '19A' THEN 1 ELSE 0 END) = 1 THEN ',"19A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '19B' THEN 1 ELSE 0 END) = 1 THEN ',"19B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '19C' THEN 1 ELSE 0 END) = 1 THEN ',"19C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '20' THEN 1 ELSE 0 END) = 1 THEN ',"20"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '21' THEN 1 ELSE 0 END) = 1 THEN ',"21"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '22A' THEN 1 ELSE 0 END) = 1 THEN ',"22A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '23A' THEN 1 ELSE 0 END) = 1 THEN ',"23A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN UPPER(TRIM(CAST(fl.code AS VARCHAR(4000)))) = '24A' THEN 1 ELSE 0 END) = 1 THEN ',"24A"' ELSE '' END
               ) AS list
        FROM factors fl
        WHERE fl.code IN ('1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B', '4C', '5A', '5B', '5C', '6A', '6B', '6C', '7A', '8B', '8C', '8D', '8E', '8F', '9A', '10A', '11A', '12A', '13A', '14A', '15A', '16A', '17A', '18A', '18B', '18C', '19A', '19B', '19C', '20', '21', '22A', '23A', '24A')
        GROUP BY fl.step_id, fl.person_id
    )
    INSERT INTO pg_temp."ssd_load_ssd_assessment_factors" ("cinf_table_id", "cinf_assessment_id", "cinf_assessment_factors_json")
    SELECT
        CAST(x.step_id AS VARCHAR(48)),
        CONCAT(CAST(x.step_id AS VARCHAR(20)), '-', CAST(x.person_id AS VARCHAR(20))),
        CONCAT('[', SUBSTRING(x.list, 2, 4000), ']')
    FROM flags x
    WHERE EXISTS (
        SELECT 1 FROM "ssd"."ssd_cin_assessments" ca
        WHERE ca.cina_assessment_id = CONCAT(CAST(x.step_id AS VARCHAR(20)), '-', CAST(x.person_id AS VARCHAR(20)))
    );
    DELETE FROM "ssd"."ssd_assessment_factors";
    INSERT INTO "ssd"."ssd_assessment_factors" ("cinf_table_id", "cinf_assessment_id", "cinf_assessment_factors_json")
    SELECT CASE WHEN LENGTH("cinf_table_id") > 48 THEN CONCAT(LEFT("cinf_table_id", 47), '…') ELSE "cinf_table_id" END, CASE WHEN LENGTH("cinf_assessment_id") > 48 THEN CONCAT(LEFT("cinf_assessment_id", 47), '…') ELSE "cinf_assessment_id" END, "cinf_assessment_factors_json" FROM pg_temp."ssd_load_ssd_assessment_factors";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_assessment_factors', loaded;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    SELECT CONCAT('', NULLIF(CONCAT(' cinf_table_id=', COUNT(*) FILTER (WHERE LENGTH("cinf_table_id") > 48)), ' cinf_table_id=0'), NULLIF(CONCAT(' cinf_assessment_id=', COUNT(*) FILTER (WHERE LENGTH("cinf_assessment_id") > 48)), ' cinf_assessment_id=0')), '' INTO cuts, unread FROM pg_temp."ssd_load_ssd_assessment_factors";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_assessment_factors', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_assessment_factors";
END $$;

-- ssd-bridge: end of batch
