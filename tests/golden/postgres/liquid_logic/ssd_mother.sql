DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_mother'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_mother";
    INSERT INTO "ssd"."ssd_mother" ("moth_table_id", "moth_person_id", "moth_childs_person_id", "moth_childs_dob")
    SELECT
        CAST(fpr.FACT_PERSON_RELATION_ID AS VARCHAR(48)),
        CAST(fpr.DIM_PERSON_ID AS VARCHAR(48)),
        CAST(fpr.DIM_RELATED_PERSON_ID AS VARCHAR(48)),
        fpr.DIM_RELATED_PERSON_DOB
    FROM "hdm"."child_social"."fact_person_relation" fpr
    JOIN "hdm"."child_social"."dim_person" p ON p.DIM_PERSON_ID = fpr.DIM_PERSON_ID
    WHERE fpr.DIM_LOOKUP_RELTN_TYPE_CODE = 'CHI'
        AND fpr.END_DTTM IS NULL
        AND fpr.DIM_PERSON_ID <> -1
        AND fpr.DIM_RELATED_PERSON_ID IS NOT NULL AND fpr.DIM_RELATED_PERSON_ID <> -1
        AND COALESCE(p.GENDER_MAIN_CODE, '') <> 'M'
        AND (EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(fpr.DIM_PERSON_ID AS VARCHAR(48)))
             OR EXISTS (SELECT 1 FROM "ssd"."ssd_cin_episodes" ce
                        WHERE ce.cine_person_id = CAST(fpr.DIM_PERSON_ID AS VARCHAR(48))));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_mother', loaded;
END $$;
-- ssd-bridge: end of batch
