DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_health'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_cla_health";
    INSERT INTO "ssd"."ssd_cla_health" ("clah_health_check_id", "clah_person_id", "clah_health_check_type", "clah_health_check_date", "clah_health_check_status")
    SELECT
        CAST(hc.FACT_HEALTH_CHECK_ID AS VARCHAR(48)),
        CAST(hc.DIM_PERSON_ID AS VARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(hc.DIM_LOOKUP_EVENT_TYPE_DESC)), 500), ''),
        hc.START_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(hc.DIM_LOOKUP_EXAM_STATUS_DESC)), 48), '')
    FROM "hdm"."child_social"."fact_health_check" hc
    WHERE hc.DIM_PERSON_ID <> -1
        AND (hc.START_DTTM IS NULL OR hc.START_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(hc.DIM_PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_health', loaded;
END $$;
-- ssd-bridge: end of batch
