DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cp_visits'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_cp_visits";
    WITH plans AS (
        SELECT v.FACT_CASENOTE_ID, MAX(NULLIF(v.FACT_CP_PLAN_ID, -1)) AS plan_id
        FROM "hdm"."child_social"."fact_cp_visit" v
        GROUP BY v.FACT_CASENOTE_ID
    )
    INSERT INTO "ssd"."ssd_cp_visits" ("cppv_cp_visit_id", "cppv_person_id", "cppv_cp_plan_id", "cppv_cp_visit_date", "cppv_cp_visit_seen", "cppv_cp_visit_seen_alone", "cppv_cp_visit_bedroom")
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
        AND cn.DIM_LOOKUP_CASNT_TYPE_ID_CODE = 'STVC'
        AND (cn.EVENT_DTTM IS NULL OR cn.EVENT_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(cn.DIM_PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cp_visits', loaded;
END $$;
-- ssd-bridge: end of batch
