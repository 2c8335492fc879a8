
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_assessment_factors'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_assessment_factors";
    WITH factors AS (
        SELECT
            sa.FACT_SINGLE_ASSESSMENT_ID,
            -- the assessment's external id where it has one, else its own id (the key must not be NULL)
            COALESCE(NULLIF(sa.EXTERNAL_ID, -1), sa.FACT_SINGLE_ASSESSMENT_ID) AS table_id,
            CONCAT(
                MAX(CASE WHEN dfe.pos = 1 THEN ', "1A"' END),
                MAX(CASE WHEN dfe.pos = 2 THEN ', "1B"' END),
                MAX(CASE WHEN dfe.pos = 3 THEN ', "1C"' END),
                MAX(CASE WHEN dfe.pos = 4 THEN ', "2A"' END),
                MAX(CASE WHEN dfe.pos = 5 THEN ', "2B"' END),
                MAX(CASE WHEN dfe.pos = 6 THEN ', "2C"' END),
                MAX(CASE WHEN dfe.pos = 7 THEN ', "3A"' END),
                MAX(CASE WHEN dfe.pos = 8 THEN ', "3B"' END),
                MAX(CASE WHEN dfe.pos = 9 THEN ', "3C"' END),
                MAX(CASE WHEN dfe.pos = 10 THEN ', "4A"' END),
                MAX(CASE WHEN dfe.pos = 11 THEN ', "4B"' END),
                MAX(CASE WHEN dfe.pos = 12 THEN ', "4C"' END),
                MAX(CASE WHEN dfe.pos = 13 THEN ', "5A"' END),
                MAX(CASE WHEN dfe.pos = 14 THEN ', "5B"' END),
                MAX(CASE WHEN dfe.pos = 15 THEN ', "5C"' END),
                MAX(CASE WHEN dfe.pos = 16 THEN ', "6A"' END),
                MAX(CASE WHEN dfe.pos = 17 THEN ', "6B"' END),
                MAX(CASE WHEN dfe.pos = 18 THEN ', "6C"' END),
                MAX(CASE WHEN dfe.pos = 19 THEN ', "7A"' END),
                MAX(CASE WHEN dfe.pos = 20 THEN ', "8B"' END),
                MAX(CASE WHEN dfe.pos = 21 THEN ', "8C"' END),
                MAX(CASE WHEN dfe.pos = 22 THEN ', "8D"' END),
                MAX(CASE WHEN dfe.pos = 23 THEN ', "8E"' END),
                MAX(CASE WHEN dfe.pos = 24 THEN ', "8F"' END),
                MAX(CASE WHEN dfe.pos = 25 THEN ', "9A"' END),
                MAX(CASE WHEN dfe.pos = 26 THEN ', "10A"' END),
                MAX(CASE WHEN dfe.pos = 27 THEN ', "11A"' END),
                MAX(CASE WHEN dfe.pos = 28 THEN ', "12A"' END),
                MAX(CASE WHEN dfe.pos = 29 THEN ', "13A"' END),
                MAX(CASE WHEN dfe.pos = 30 THEN ', "14A"' END),
                MAX(CASE WHEN dfe.pos = 31 THEN ', "15A"' END),
                MAX(CASE WHEN dfe.pos = 32 THEN ', "16A"' END),
                MAX(CASE WHEN dfe.pos = 33 THEN ', "17A"' END),
                MAX(CASE WHEN dfe.pos = 34 THEN ', "18A"' END),
                MAX(CASE WHEN dfe.pos = 35 THEN ', "18B"' END),
                MAX(CASE WHEN dfe.pos = 36 THEN ', "18C"' END),
                MAX(CASE WHEN dfe.pos = 37 THEN ', "19A"' END),
                MAX(CASE WHEN dfe.pos = 38 THEN ', "19B"' END),
                MAX(CASE WHEN dfe.pos = 39 THEN ', "19C"' END),
                MAX(CASE WHEN dfe.pos = 40 THEN ', "20"' END),
                MAX(CASE WHEN dfe.pos = 41 THEN ', "21"' END),
                MAX(CASE WHEN dfe.pos = 42 THEN ', "22A"' END),
                MAX(CASE WHEN dfe.pos = 43 THEN ', "23A"' END),
                MAX(CASE WHEN dfe.pos = 44 THEN ', "24A"' END)
            ) AS code_list
        FROM "hdm"."child_social"."fact_single_assessment" sa
        JOIN "hdm"."child_social"."fact_form_answers" fa ON fa.FACT_FORM_ID = sa.FACT_FORM_ID
        -- each code's place in the list, found by one join instead of a comparison per code per answer
        JOIN (VALUES ('1A', 1), ('1B', 2), ('1C', 3), ('2A', 4), ('2B', 5), ('2C', 6), ('3A', 7), ('3B', 8), ('3C', 9), ('4A', 10), ('4B', 11), ('4C', 12), ('5A', 13), ('5B', 14), ('5C', 15), ('6A', 16), ('6B', 17), ('6C', 18), ('7A', 19), ('8B', 20), ('8C', 21), ('8D', 22), ('8E', 23), ('8F', 24), ('9A', 25), ('10A', 26), ('11A', 27), ('12A', 28), ('13A', 29), ('14A', 30), ('15A', 31), ('16A', 32), ('17A', 33), ('18A', 34), ('18B', 35), ('18C', 36), ('19A', 37), ('19B', 38), ('19C', 39), ('20', 40), ('21', 41), ('22A', 42), ('23A', 43), ('24A', 44)) AS dfe (code, pos)
            ON dfe.code = UPPER(LTRIM(RTRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))))
        WHERE sa.FACT_FORM_ID <> -1
            AND COALESCE(sa.DIM_LOOKUP_STEP_SUBSTATUS_CODE, '') NOT IN ('X', 'D')
            AND UPPER(TRIM(CAST(fa.ANSWER_NO AS VARCHAR(4000)))) IN ('1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B', '4C', '5A', '5B', '5C', '6A', '6B', '6C', '7A', '8B', '8C', '8D', '8E', '8F', '9A', '10A', '11A', '12A', '13A', '14A', '15A', '16A', '17A', '18A', '18B', '18C', '19A', '19B', '19C', '20', '21', '22A', '23A', '24A')
            AND LOWER(LTRIM(RTRIM(fa.ANSWER))) = 'yes'
            AND EXISTS (
                SELECT 1 FROM "ssd"."ssd_cin_assessments" ca
                WHERE ca.cina_assessment_id = CAST(sa.FACT_SINGLE_ASSESSMENT_ID AS VARCHAR(48))
            )
        GROUP BY sa.FACT_SINGLE_ASSESSMENT_ID, sa.EXTERNAL_ID
    ),
    ssd_bridge_fill ("cinf_table_id", "cinf_assessment_id", "cinf_assessment_factors_json") AS (
    SELECT
        CAST(f.table_id AS VARCHAR(48)),
        CAST(f.FACT_SINGLE_ASSESSMENT_ID AS VARCHAR(48)),
        -- drop the leading ", " of the first code
        CONCAT('[', SUBSTRING(f.code_list, 3, 4000), ']')
    FROM factors f
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("cinf_table_id" AS TEXT) AS "cinf_table_id", CAST("cinf_assessment_id" AS TEXT) AS "cinf_assessment_id", CAST("cinf_assessment_factors_json" AS TEXT) AS "cinf_assessment_factors_json"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_assessment_factors" ("cinf_table_id", "cinf_assessment_id", "cinf_assessment_factors_json")
        SELECT CASE WHEN LENGTH("cinf_table_id") > 48 THEN CONCAT(LEFT("cinf_table_id", 47), '…') ELSE "cinf_table_id" END, CASE WHEN LENGTH("cinf_assessment_id") > 48 THEN CONCAT(LEFT("cinf_assessment_id", 47), '…') ELSE "cinf_assessment_id" END, "cinf_assessment_factors_json" FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' cinf_table_id=', COUNT(*) FILTER (WHERE LENGTH("cinf_table_id") > 48)), ' cinf_table_id=0'), NULLIF(CONCAT(' cinf_assessment_id=', COUNT(*) FILTER (WHERE LENGTH("cinf_assessment_id") > 48)), ' cinf_assessment_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_assessment_factors', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_assessment_factors', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
