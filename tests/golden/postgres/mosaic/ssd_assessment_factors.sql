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
        SELECT f.ASSESSMENT_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               dfe.pos
        FROM "dm_cin_assess_factors" f
        -- each DfE code's place in the list, found by one join instead of a comparison per code per row
        JOIN (VALUES ('1A', 1), ('1B', 2), ('1C', 3), ('2A', 4), ('2B', 5), ('2C', 6), ('3A', 7), ('3B', 8), ('3C', 9), ('4A', 10), ('4B', 11), ('4C', 12), ('5A', 13), ('5B', 14), ('5C', 15), ('6A', 16), ('6B', 17), ('6C', 18), ('7A', 19), ('8B', 20), ('8C', 21), ('8D', 22), ('8E', 23), ('8F', 24), ('9A', 25), ('10A', 26), ('11A', 27), ('12A', 28), ('13A', 29), ('14A', 30), ('15A', 31), ('16A', 32), ('17A', 33), ('18A', 34), ('18B', 35), ('18C', 36), ('19A', 37), ('19B', 38), ('19C', 39), ('20', 40), ('21', 41), ('22A', 42), ('23A', 43), ('24A', 44)) AS dfe (code, pos)
          ON dfe.code = UPPER(LTRIM(RTRIM(f.FACTOR_VALUE)))
        JOIN "dm_workflow_steps" s ON s.WORKFLOW_STEP_ID = f.ASSESSMENT_ID
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(TRIM(CAST(ss.SUBJECT_TYPE_CODE AS VARCHAR(4000)))) = 'PER'
        WHERE f.FACTOR_VALUE IS NOT NULL
    ),
    flags AS (
        SELECT fl.step_id, fl.person_id,
               CONCAT(
                   CASE WHEN MAX(CASE WHEN fl.pos = 1 THEN 1 ELSE 0 END) = 1 THEN ',"1A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 2 THEN 1 ELSE 0 END) = 1 THEN ',"1B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 3 THEN 1 ELSE 0 END) = 1 THEN ',"1C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 4 THEN 1 ELSE 0 END) = 1 THEN ',"2A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 5 THEN 1 ELSE 0 END) = 1 THEN ',"2B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 6 THEN 1 ELSE 0 END) = 1 THEN ',"2C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 7 THEN 1 ELSE 0 END) = 1 THEN ',"3A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 8 THEN 1 ELSE 0 END) = 1 THEN ',"3B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 9 THEN 1 ELSE 0 END) = 1 THEN ',"3C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 10 THEN 1 ELSE 0 END) = 1 THEN ',"4A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 11 THEN 1 ELSE 0 END) = 1 THEN ',"4B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 12 THEN 1 ELSE 0 END) = 1 THEN ',"4C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 13 THEN 1 ELSE 0 END) = 1 THEN ',"5A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 14 THEN 1 ELSE 0 END) = 1 THEN ',"5B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 15 THEN 1 ELSE 0 END) = 1 THEN ',"5C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 16 THEN 1 ELSE 0 END) = 1 THEN ',"6A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 17 THEN 1 ELSE 0 END) = 1 THEN ',"6B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 18 THEN 1 ELSE 0 END) = 1 THEN ',"6C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 19 THEN 1 ELSE 0 END) = 1 THEN ',"7A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 20 THEN 1 ELSE 0 END) = 1 THEN ',"8B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 21 THEN 1 ELSE 0 END) = 1 THEN ',"8C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 22 THEN 1 ELSE 0 END) = 1 THEN ',"8D"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 23 THEN 1 ELSE 0 END) = 1 THEN ',"8E"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 24 THEN 1 ELSE 0 END) = 1 THEN ',"8F"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 25 THEN 1 ELSE 0 END) = 1 THEN ',"9A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 26 THEN 1 ELSE 0 END) = 1 THEN ',"10A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 27 THEN 1 ELSE 0 END) = 1 THEN ',"11A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 28 THEN 1 ELSE 0 END) = 1 THEN ',"12A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 29 THEN 1 ELSE 0 END) = 1 THEN ',"13A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 30 THEN 1 ELSE 0 END) = 1 THEN ',"14A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 31 THEN 1 ELSE 0 END) = 1 THEN ',"15A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 32 THEN 1 ELSE 0 END) = 1 THEN ',"16A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 33 THEN 1 ELSE 0 END) = 1 THEN ',"17A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 34 THEN 1 ELSE 0 END) = 1 THEN ',"18A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 35 THEN 1 ELSE 0 END) = 1 THEN ',"18B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 36 THEN 1 ELSE 0 END) = 1 THEN ',"18C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 37 THEN 1 ELSE 0 END) = 1 THEN ',"19A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 38 THEN 1 ELSE 0 END) = 1 THEN ',"19B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 39 THEN 1 ELSE 0 END) = 1 THEN ',"19C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 40 THEN 1 ELSE 0 END) = 1 THEN ',"20"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 41 THEN 1 ELSE 0 END) = 1 THEN ',"21"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 42 THEN 1 ELSE 0 END) = 1 THEN ',"22A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 43 THEN 1 ELSE 0 END) = 1 THEN ',"23A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.pos = 44 THEN 1 ELSE 0 END) = 1 THEN ',"24A"' ELSE '' END
               ) AS list
        FROM factors fl
        GROUP BY fl.step_id, fl.person_id
    ),
    ssd_bridge_fill ("cinf_table_id", "cinf_assessment_id", "cinf_assessment_factors_json") AS (
    SELECT
        CAST(x.step_id AS VARCHAR(48)),
        CONCAT(CAST(x.step_id AS VARCHAR(20)), '-', CAST(x.person_id AS VARCHAR(20))),
        CONCAT('[', SUBSTRING(x.list, 2, 4000), ']')
    FROM flags x
    WHERE EXISTS (
        SELECT 1 FROM "ssd"."ssd_cin_assessments" ca
        WHERE ca.cina_assessment_id = CONCAT(CAST(x.step_id AS VARCHAR(20)), '-', CAST(x.person_id AS VARCHAR(20)))
    )
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
