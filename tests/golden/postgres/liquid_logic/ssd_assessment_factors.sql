
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
        SELECT
            sa.FACT_SINGLE_ASSESSMENT_ID,
            -- the assessment's external id where it has one, else its own id (the key must not be NULL)
            COALESCE(NULLIF(sa.EXTERNAL_ID, -1), sa.FACT_SINGLE_ASSESSMENT_ID) AS table_id,
            CONCAT(
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '1A' THEN ', "1A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '1B' THEN ', "1B"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '1C' THEN ', "1C"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '2A' THEN ', "2A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '2B' THEN ', "2B"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '2C' THEN ', "2C"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '3A' THEN ', "3A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '3B' THEN ', "3B"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '3C' THEN ', "3C"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '4A' THEN ', "4A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '4B' THEN ', "4B"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '4C' THEN ', "4C"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '5A' THEN ', "5A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '5B' THEN ', "5B"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '5C' THEN ', "5C"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '6A' THEN ', "6A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '6B' THEN ', "6B"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '6C' THEN ', "6C"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '7A' THEN ', "7A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '8B' THEN ', "8B"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '8C' THEN ', "8C"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '8D' THEN ', "8D"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '8E' THEN ', "8E"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '8F' THEN ', "8F"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '9A' THEN ', "9A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '10A' THEN ', "10A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '11A' THEN ', "11A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '12A' THEN ', "12A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '13A' THEN ', "13A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '14A' THEN ', "14A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '15A' THEN ', "15A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '16A' THEN ', "16A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '17A' THEN ', "17A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '18A' THEN ', "18A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '18B' THEN ', "18B"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '18C' THEN ', "18C"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '19A' THEN ', "19A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '19B' THEN ', "19B"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '19C' THEN ', "19C"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '20' THEN ', "20"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '21' THEN ', "21"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '22A' THEN ', "22A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '23A' THEN ', "23A"' END),
                MAX(CASE WHEN UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) = '24A' THEN ', "24A"' END)
            ) AS code_list
        FROM "hdm"."child_social"."fact_single_assessment" sa
        JOIN "hdm"."child_social"."fact_form_answers" fa ON fa.FACT_FORM_ID = sa.FACT_FORM_ID
        WHERE sa.FACT_FORM_ID <> -1
            AND COALESCE(sa.DIM_LOOKUP_STEP_SUBSTATUS_CODE, '') NOT IN ('X', 'D')
            AND fa.ANSWER_NO IN ('1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B', '4C', '5A', '5B', '5C', '6A', '6B', '6C', '7A', '8B', '8C', '8D', '8E', '8F', '9A', '10A', '11A', '12A', '13A', '14A', '15A', '16A', '17A', '18A', '18B', '18C', '19A', '19B', '19C', '20', '21', '22A', '23A', '24A')
            AND LOWER(LTRIM(RTRIM(fa.ANSWER))) = 'yes'
            AND EXISTS (
                SELECT 1 FROM "ssd"."ssd_cin_assessments" ca
                WHERE ca.cina_assessment_id = CAST(sa.FACT_SINGLE_ASSESSMENT_ID AS VARCHAR(48))
            )
        GROUP BY sa.FACT_SINGLE_ASSESSMENT_ID, sa.EXTERNAL_ID
    )
    INSERT INTO pg_temp."ssd_load_ssd_assessment_factors" ("cinf_table_id", "cinf_assessment_id", "cinf_assessment_factors_json")
    SELECT
        CAST(f.table_id AS VARCHAR(48)),
        CAST(f.FACT_SINGLE_ASSESSMENT_ID AS VARCHAR(48)),
        -- drop the leading ", " of the first code
        CONCAT('[', SUBSTRING(f.code_list, 3, 4000), ']')
    FROM factors f;
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
