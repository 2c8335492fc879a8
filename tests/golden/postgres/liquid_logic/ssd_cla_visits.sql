DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_visits'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_cla_visits";
    INSERT INTO "ssd"."ssd_cla_visits" ("clav_cla_visit_id", "clav_cla_id", "clav_person_id", "clav_cla_visit_date", "clav_cla_visit_seen", "clav_cla_visit_seen_alone")
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
        AND cn.DIM_LOOKUP_CASNT_TYPE_ID_CODE = 'STVL'
        AND (cn.EVENT_DTTM IS NULL OR cn.EVENT_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(cv.DIM_PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_visits', loaded;
END $$;
-- ssd-bridge: end of batch
