
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cin_visits'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_cin_visits";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_cin_visits" ("cinv_cin_visit_id" TEXT, "cinv_person_id" TEXT, "cinv_cin_visit_date" TIMESTAMP, "cinv_cin_visit_seen" TEXT, "cinv_cin_visit_seen_alone" TEXT, "cinv_cin_visit_bedroom" TEXT);
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    INSERT INTO pg_temp."ssd_load_ssd_cin_visits" ("cinv_cin_visit_id", "cinv_person_id", "cinv_cin_visit_date", "cinv_cin_visit_seen", "cinv_cin_visit_seen_alone", "cinv_cin_visit_bedroom")
    SELECT
        CAST(cn.FACT_CASENOTE_ID AS VARCHAR(48)),
        CAST(cn.DIM_PERSON_ID AS VARCHAR(48)),
        cn.EVENT_DTTM,
        LEFT(cn.SEEN_FLAG, 1),
        LEFT(cn.SEEN_ALONE_FLAG, 1),
        LEFT(cn.SEEN_BEDROOM_FLAG, 1)
    FROM "hdm"."child_social"."fact_casenotes" cn
    WHERE cn.DIM_PERSON_ID <> -1
        AND UPPER(TRIM(CAST(cn.DIM_LOOKUP_CASNT_TYPE_ID_CODE AS VARCHAR(4000)))) IN ('CNSTAT', 'CNSTATCOVID', 'STAT', 'HVIS', 'DRCT', 'IRO', 'SUPERCONT', 'STVL', 'STVLCOVID', 'STVC', 'STVCPCOVID')
        AND (cn.EVENT_DTTM IS NULL OR cn.EVENT_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(cn.DIM_PERSON_ID AS VARCHAR(48)));
    DELETE FROM "ssd"."ssd_cin_visits";
    INSERT INTO "ssd"."ssd_cin_visits" ("cinv_cin_visit_id", "cinv_person_id", "cinv_cin_visit_date", "cinv_cin_visit_seen", "cinv_cin_visit_seen_alone", "cinv_cin_visit_bedroom")
    SELECT CASE WHEN LENGTH("cinv_cin_visit_id") > 48 THEN CONCAT(LEFT("cinv_cin_visit_id", 47), '…') ELSE "cinv_cin_visit_id" END, CASE WHEN LENGTH("cinv_person_id") > 48 THEN CONCAT(LEFT("cinv_person_id", 47), '…') ELSE "cinv_person_id" END, "cinv_cin_visit_date", CASE WHEN LENGTH("cinv_cin_visit_seen") > 1 THEN CONCAT(LEFT("cinv_cin_visit_seen", 0), '…') ELSE "cinv_cin_visit_seen" END, CASE WHEN LENGTH("cinv_cin_visit_seen_alone") > 1 THEN CONCAT(LEFT("cinv_cin_visit_seen_alone", 0), '…') ELSE "cinv_cin_visit_seen_alone" END, CASE WHEN LENGTH("cinv_cin_visit_bedroom") > 1 THEN CONCAT(LEFT("cinv_cin_visit_bedroom", 0), '…') ELSE "cinv_cin_visit_bedroom" END FROM pg_temp."ssd_load_ssd_cin_visits";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cin_visits', loaded;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    SELECT CONCAT('', NULLIF(CONCAT(' cinv_cin_visit_id=', COUNT(*) FILTER (WHERE LENGTH("cinv_cin_visit_id") > 48)), ' cinv_cin_visit_id=0'), NULLIF(CONCAT(' cinv_person_id=', COUNT(*) FILTER (WHERE LENGTH("cinv_person_id") > 48)), ' cinv_person_id=0'), NULLIF(CONCAT(' cinv_cin_visit_seen=', COUNT(*) FILTER (WHERE LENGTH("cinv_cin_visit_seen") > 1)), ' cinv_cin_visit_seen=0'), NULLIF(CONCAT(' cinv_cin_visit_seen_alone=', COUNT(*) FILTER (WHERE LENGTH("cinv_cin_visit_seen_alone") > 1)), ' cinv_cin_visit_seen_alone=0'), NULLIF(CONCAT(' cinv_cin_visit_bedroom=', COUNT(*) FILTER (WHERE LENGTH("cinv_cin_visit_bedroom") > 1)), ' cinv_cin_visit_bedroom=0')), '' INTO cuts, unread FROM pg_temp."ssd_load_ssd_cin_visits";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cin_visits', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_cin_visits";
END $$;
-- ssd-bridge: end of batch
