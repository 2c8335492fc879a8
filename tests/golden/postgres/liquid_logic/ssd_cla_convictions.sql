DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_convictions'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_cla_convictions";
    INSERT INTO "ssd"."ssd_cla_convictions" ("clac_cla_conviction_id", "clac_person_id", "clac_cla_conviction_date", "clac_cla_conviction_offence")
    SELECT
        CAST(fo.FACT_OFFENCE_ID AS VARCHAR(48)),
        CAST(fo.DIM_PERSON_ID AS VARCHAR(48)),
        fo.OFFENCE_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(fo.DESCRIPTION)), 1000), '')
    FROM "hdm"."child_social"."fact_offence" fo
    WHERE fo.DIM_PERSON_ID <> -1
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(fo.DIM_PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_convictions', loaded;
END $$;
-- ssd-bridge: end of batch
