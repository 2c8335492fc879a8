
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cin_visits'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_cin_visits";
    INSERT INTO "ssd"."ssd_cin_visits" ("cinv_cin_visit_id", "cinv_person_id", "cinv_cin_visit_date", "cinv_cin_visit_seen", "cinv_cin_visit_seen_alone", "cinv_cin_visit_bedroom")
    SELECT
        CAST(cn.FACT_CASENOTE_ID AS VARCHAR(48)),
        CAST(cn.DIM_PERSON_ID AS VARCHAR(48)),
        cn.EVENT_DTTM,
        LEFT(cn.SEEN_FLAG, 1),
        LEFT(cn.SEEN_ALONE_FLAG, 1),
        LEFT(cn.SEEN_BEDROOM_FLAG, 1)
    FROM "hdm"."child_social"."fact_casenotes" cn
    WHERE cn.DIM_PERSON_ID <> -1
        AND cn.DIM_LOOKUP_CASNT_TYPE_ID_CODE IN ('CNSTAT', 'CNSTATCOVID', 'STAT', 'HVIS', 'DRCT', 'IRO', 'SUPERCONT', 'STVL', 'STVLCOVID', 'STVC', 'STVCPCOVID')
        AND (cn.EVENT_DTTM IS NULL OR cn.EVENT_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(cn.DIM_PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cin_visits', loaded;
END $$;
-- ssd-bridge: end of batch
