DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_immigration_status'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_immigration_status";
    INSERT INTO "ssd"."ssd_immigration_status" ("immi_immigration_status_id", "immi_person_id", "immi_immigration_status_start_date", "immi_immigration_status_end_date", "immi_immigration_status")
    SELECT
        CAST(ims.FACT_IMMIGRATION_STATUS_ID AS VARCHAR(48)),
        CAST(ims.DIM_PERSON_ID AS VARCHAR(48)),
        ims.START_DTTM,
        ims.END_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(ims.DIM_LOOKUP_IMMGR_STATUS_CODE)), 100), '')
    FROM "hdm"."child_social"."fact_immigration_status" ims
    WHERE ims.DIM_PERSON_ID <> -1
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(ims.DIM_PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_immigration_status', loaded;
END $$;
-- ssd-bridge: end of batch
