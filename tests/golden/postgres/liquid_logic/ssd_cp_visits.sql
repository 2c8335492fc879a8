DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cp_visits'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cp_visits";
    WITH plans AS (
        SELECT v.FACT_CASENOTE_ID, MAX(NULLIF(v.FACT_CP_PLAN_ID, -1)) AS plan_id
        FROM "hdm"."child_social"."fact_cp_visit" v
        GROUP BY v.FACT_CASENOTE_ID
    ),
    ssd_bridge_fill ("cppv_cp_visit_id", "cppv_person_id", "cppv_cp_plan_id", "cppv_cp_visit_date", "cppv_cp_visit_seen", "cppv_cp_visit_seen_alone", "cppv_cp_visit_bedroom") AS (
    SELECT
        CAST(cn.FACT_CASENOTE_ID AS VARCHAR(48)),
        CAST(cn.DIM_PERSON_ID AS VARCHAR(48)),
        CAST(pl.plan_id AS VARCHAR(48)),
        cn.EVENT_DTTM,
        LEFT(cn.SEEN_FLAG, 1),
        LEFT(cn.SEEN_ALONE_FLAG, 1),
        LEFT(cn.SEEN_BEDROOM_FLAG, 1)
    FROM "hdm"."child_social"."fact_casenotes" cn
    LEFT JOIN plans pl ON pl.FACT_CASENOTE_ID = cn.FACT_CASENOTE_ID
    WHERE cn.DIM_PERSON_ID <> -1
        AND UPPER(TRIM(CAST(cn.DIM_LOOKUP_CASNT_TYPE_ID_CODE AS VARCHAR(4000)))) = 'STVC'
        AND (cn.EVENT_DTTM IS NULL OR cn.EVENT_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(cn.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("cppv_cp_visit_id" AS TEXT) AS "cppv_cp_visit_id", CAST("cppv_person_id" AS TEXT) AS "cppv_person_id", CAST("cppv_cp_plan_id" AS TEXT) AS "cppv_cp_plan_id", CAST("cppv_cp_visit_date" AS TIMESTAMP) AS "cppv_cp_visit_date", CAST("cppv_cp_visit_seen" AS TEXT) AS "cppv_cp_visit_seen", CAST("cppv_cp_visit_seen_alone" AS TEXT) AS "cppv_cp_visit_seen_alone", CAST("cppv_cp_visit_bedroom" AS TEXT) AS "cppv_cp_visit_bedroom"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cp_visits" ("cppv_cp_visit_id", "cppv_person_id", "cppv_cp_plan_id", "cppv_cp_visit_date", "cppv_cp_visit_seen", "cppv_cp_visit_seen_alone", "cppv_cp_visit_bedroom")
        SELECT CASE WHEN LENGTH("cppv_cp_visit_id") > 48 THEN CONCAT(LEFT("cppv_cp_visit_id", 47), '…') ELSE "cppv_cp_visit_id" END, CASE WHEN LENGTH("cppv_person_id") > 48 THEN CONCAT(LEFT("cppv_person_id", 47), '…') ELSE "cppv_person_id" END, CASE WHEN LENGTH("cppv_cp_plan_id") > 48 THEN CONCAT(LEFT("cppv_cp_plan_id", 47), '…') ELSE "cppv_cp_plan_id" END, "cppv_cp_visit_date", CASE WHEN LENGTH("cppv_cp_visit_seen") > 1 THEN CONCAT(LEFT("cppv_cp_visit_seen", 0), '…') ELSE "cppv_cp_visit_seen" END, CASE WHEN LENGTH("cppv_cp_visit_seen_alone") > 1 THEN CONCAT(LEFT("cppv_cp_visit_seen_alone", 0), '…') ELSE "cppv_cp_visit_seen_alone" END, CASE WHEN LENGTH("cppv_cp_visit_bedroom") > 1 THEN CONCAT(LEFT("cppv_cp_visit_bedroom", 0), '…') ELSE "cppv_cp_visit_bedroom" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' cppv_cp_visit_id=', COUNT(*) FILTER (WHERE LENGTH("cppv_cp_visit_id") > 48)), ' cppv_cp_visit_id=0'), NULLIF(CONCAT(' cppv_person_id=', COUNT(*) FILTER (WHERE LENGTH("cppv_person_id") > 48)), ' cppv_person_id=0'), NULLIF(CONCAT(' cppv_cp_plan_id=', COUNT(*) FILTER (WHERE LENGTH("cppv_cp_plan_id") > 48)), ' cppv_cp_plan_id=0'), NULLIF(CONCAT(' cppv_cp_visit_seen=', COUNT(*) FILTER (WHERE LENGTH("cppv_cp_visit_seen") > 1)), ' cppv_cp_visit_seen=0'), NULLIF(CONCAT(' cppv_cp_visit_seen_alone=', COUNT(*) FILTER (WHERE LENGTH("cppv_cp_visit_seen_alone") > 1)), ' cppv_cp_visit_seen_alone=0'), NULLIF(CONCAT(' cppv_cp_visit_bedroom=', COUNT(*) FILTER (WHERE LENGTH("cppv_cp_visit_bedroom") > 1)), ' cppv_cp_visit_bedroom=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cp_visits', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cp_visits', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
