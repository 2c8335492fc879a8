DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_sdq_scores'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_sdq_scores";
    WITH
    ssd_bridge_fill ("csdq_table_id", "csdq_person_id", "csdq_sdq_completed_date", "csdq_sdq_score", "csdq_sdq_reason", "unreadable__csdq_sdq_score") AS (
    SELECT
        CAST(h.HEALTH_ID AS VARCHAR(48)),
        CAST(h.PERSON_ID AS VARCHAR(48)),
        h.HEALTH_ASSESSMENT_DATE,
        CASE WHEN TRIM(CAST(h.SDQ_SCORE AS TEXT)) ~ '^-?[0-9]{1,9}$' THEN CAST(TRIM(CAST(h.SDQ_SCORE AS TEXT)) AS INTEGER) END,
        LEFT(h.SDQ_REASON, 100),
        CASE WHEN CASE WHEN TRIM(CAST(h.SDQ_SCORE AS TEXT)) ~ '^-?[0-9]{1,9}$' THEN CAST(TRIM(CAST(h.SDQ_SCORE AS TEXT)) AS INTEGER) END IS NULL AND LTRIM(RTRIM(CAST(h.SDQ_SCORE AS VARCHAR(4000)))) <> '' THEN 1 END
    FROM "dm_health_assessments" h
    WHERE (UPPER(TRIM(CAST(h.SDQ_COMPLETED AS VARCHAR(4000)))) = 'Y' OR h.SDQ_REASON IS NOT NULL)
      AND h.HEALTH_ASSESSMENT_DATE >= (CURRENT_DATE - INTERVAL '6 years')
      AND h.HEALTH_ASSESSMENT_DATE <= CURRENT_DATE
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(h.PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("csdq_table_id" AS TEXT) AS "csdq_table_id", CAST("csdq_person_id" AS TEXT) AS "csdq_person_id", CAST("csdq_sdq_completed_date" AS TIMESTAMP) AS "csdq_sdq_completed_date", CAST("csdq_sdq_score" AS INTEGER) AS "csdq_sdq_score", CAST("csdq_sdq_reason" AS TEXT) AS "csdq_sdq_reason", CAST("unreadable__csdq_sdq_score" AS INTEGER) AS "unreadable__csdq_sdq_score"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_sdq_scores" ("csdq_table_id", "csdq_person_id", "csdq_sdq_completed_date", "csdq_sdq_score", "csdq_sdq_reason")
        SELECT CASE WHEN LENGTH("csdq_table_id") > 48 THEN CONCAT(LEFT("csdq_table_id", 47), '…') ELSE "csdq_table_id" END, CASE WHEN LENGTH("csdq_person_id") > 48 THEN CONCAT(LEFT("csdq_person_id", 47), '…') ELSE "csdq_person_id" END, "csdq_sdq_completed_date", "csdq_sdq_score", CASE WHEN LENGTH("csdq_sdq_reason") > 100 THEN CONCAT(LEFT("csdq_sdq_reason", 99), '…') ELSE "csdq_sdq_reason" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' csdq_table_id=', COUNT(*) FILTER (WHERE LENGTH("csdq_table_id") > 48)), ' csdq_table_id=0'), NULLIF(CONCAT(' csdq_person_id=', COUNT(*) FILTER (WHERE LENGTH("csdq_person_id") > 48)), ' csdq_person_id=0'), NULLIF(CONCAT(' csdq_sdq_reason=', COUNT(*) FILTER (WHERE LENGTH("csdq_sdq_reason") > 100)), ' csdq_sdq_reason=0')), CONCAT('', NULLIF(CONCAT(' csdq_sdq_score=', COUNT(*) FILTER (WHERE "unreadable__csdq_sdq_score" = 1)), ' csdq_sdq_score=0')) INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_sdq_scores', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_sdq_scores', cuts; END IF;
    IF unread <> '' THEN RAISE NOTICE 'ssd-bridge unreadable: %:%', 'ssd_sdq_scores', unread; END IF;
END $$;

-- ssd-bridge: end of batch
