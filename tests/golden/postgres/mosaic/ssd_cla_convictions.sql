DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_convictions'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_cla_convictions";
    INSERT INTO "ssd"."ssd_cla_convictions" ("clac_cla_conviction_id", "clac_person_id", "clac_cla_conviction_date", "clac_cla_conviction_offence")
    SELECT
        CAST(o.OFFENCE_ID AS VARCHAR(48)),
        CAST(o.PERSON_ID AS VARCHAR(48)),
        CAST(o.OFFENCE_DATE AS DATE),
        NULL  -- clac_cla_conviction_offence: not in dm_offences
    FROM "dm_offences" o
    WHERE o.IS_CONVICTED = 'Y'
      AND o.OFFENCE_DATE >= (CURRENT_DATE - INTERVAL '6 years') AND o.OFFENCE_DATE <= CURRENT_DATE
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(o.PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_convictions', loaded;
END $$;
-- ssd-bridge: end of batch
