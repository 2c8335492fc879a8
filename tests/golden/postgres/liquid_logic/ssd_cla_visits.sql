DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_visits'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cla_visits";
    WITH
    ssd_bridge_fill ("clav_cla_visit_id", "clav_cla_id", "clav_person_id", "clav_cla_visit_date", "clav_cla_visit_seen", "clav_cla_visit_seen_alone") AS (
    SELECT
        CAST(cv.FACT_CLA_VISIT_ID AS VARCHAR(48)),
        CAST(NULLIF(cv.FACT_CLA_ID, -1) AS VARCHAR(48)),
        CAST(cv.DIM_PERSON_ID AS VARCHAR(48)),
        cn.EVENT_DTTM,
        LEFT(cn.SEEN_FLAG, 1),
        LEFT(cn.SEEN_ALONE_FLAG, 1)
    FROM "hdm"."child_social"."fact_cla_visit" cv
    JOIN "hdm"."child_social"."fact_casenotes" cn
        ON cn.FACT_CASENOTE_ID = cv.FACT_CASENOTE_ID AND cn.DIM_PERSON_ID = cv.DIM_PERSON_ID
    WHERE cv.DIM_PERSON_ID <> -1
        AND UPPER(TRIM(CAST(cn.DIM_LOOKUP_CASNT_TYPE_ID_CODE AS VARCHAR(4000)))) = 'STVL'
        AND (cn.EVENT_DTTM IS NULL OR cn.EVENT_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(cv.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("clav_cla_visit_id" AS TEXT) AS "clav_cla_visit_id", CAST("clav_cla_id" AS TEXT) AS "clav_cla_id", CAST("clav_person_id" AS TEXT) AS "clav_person_id", CAST("clav_cla_visit_date" AS TIMESTAMP) AS "clav_cla_visit_date", CAST("clav_cla_visit_seen" AS TEXT) AS "clav_cla_visit_seen", CAST("clav_cla_visit_seen_alone" AS TEXT) AS "clav_cla_visit_seen_alone"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cla_visits" ("clav_cla_visit_id", "clav_cla_id", "clav_person_id", "clav_cla_visit_date", "clav_cla_visit_seen", "clav_cla_visit_seen_alone")
        SELECT CASE WHEN LENGTH("clav_cla_visit_id") > 48 THEN CONCAT(LEFT("clav_cla_visit_id", 47), '…') ELSE "clav_cla_visit_id" END, CASE WHEN LENGTH("clav_cla_id") > 48 THEN CONCAT(LEFT("clav_cla_id", 47), '…') ELSE "clav_cla_id" END, CASE WHEN LENGTH("clav_person_id") > 48 THEN CONCAT(LEFT("clav_person_id", 47), '…') ELSE "clav_person_id" END, "clav_cla_visit_date", CASE WHEN LENGTH("clav_cla_visit_seen") > 1 THEN CONCAT(LEFT("clav_cla_visit_seen", 0), '…') ELSE "clav_cla_visit_seen" END, CASE WHEN LENGTH("clav_cla_visit_seen_alone") > 1 THEN CONCAT(LEFT("clav_cla_visit_seen_alone", 0), '…') ELSE "clav_cla_visit_seen_alone" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' clav_cla_visit_id=', COUNT(*) FILTER (WHERE LENGTH("clav_cla_visit_id") > 48)), ' clav_cla_visit_id=0'), NULLIF(CONCAT(' clav_cla_id=', COUNT(*) FILTER (WHERE LENGTH("clav_cla_id") > 48)), ' clav_cla_id=0'), NULLIF(CONCAT(' clav_person_id=', COUNT(*) FILTER (WHERE LENGTH("clav_person_id") > 48)), ' clav_person_id=0'), NULLIF(CONCAT(' clav_cla_visit_seen=', COUNT(*) FILTER (WHERE LENGTH("clav_cla_visit_seen") > 1)), ' clav_cla_visit_seen=0'), NULLIF(CONCAT(' clav_cla_visit_seen_alone=', COUNT(*) FILTER (WHERE LENGTH("clav_cla_visit_seen_alone") > 1)), ' clav_cla_visit_seen_alone=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_visits', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_visits', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
