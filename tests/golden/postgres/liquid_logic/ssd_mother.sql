DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_mother'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_mother";
    WITH
    ssd_bridge_fill ("moth_table_id", "moth_person_id", "moth_childs_person_id", "moth_childs_dob") AS (
    SELECT
        CAST(fpr.FACT_PERSON_RELATION_ID AS VARCHAR(48)),
        CAST(fpr.DIM_PERSON_ID AS VARCHAR(48)),
        CAST(fpr.DIM_RELATED_PERSON_ID AS VARCHAR(48)),
        fpr.DIM_RELATED_PERSON_DOB
    FROM "hdm"."child_social"."fact_person_relation" fpr
    JOIN "hdm"."child_social"."dim_person" p ON p.DIM_PERSON_ID = fpr.DIM_PERSON_ID
    WHERE UPPER(TRIM(CAST(fpr.DIM_LOOKUP_RELTN_TYPE_CODE AS VARCHAR(4000)))) = 'CHI'
        AND fpr.END_DTTM IS NULL
        AND fpr.DIM_PERSON_ID <> -1
        AND fpr.DIM_RELATED_PERSON_ID IS NOT NULL AND fpr.DIM_RELATED_PERSON_ID <> -1
        AND COALESCE(p.GENDER_MAIN_CODE, '') <> 'M'
        AND (EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(fpr.DIM_PERSON_ID AS VARCHAR(48)))
             OR EXISTS (SELECT 1 FROM "ssd"."ssd_cin_episodes" ce
                        WHERE ce.cine_person_id = CAST(fpr.DIM_PERSON_ID AS VARCHAR(48))))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("moth_table_id" AS TEXT) AS "moth_table_id", CAST("moth_person_id" AS TEXT) AS "moth_person_id", CAST("moth_childs_person_id" AS TEXT) AS "moth_childs_person_id", CAST("moth_childs_dob" AS TIMESTAMP) AS "moth_childs_dob"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_mother" ("moth_table_id", "moth_person_id", "moth_childs_person_id", "moth_childs_dob")
        SELECT CASE WHEN LENGTH("moth_table_id") > 48 THEN CONCAT(LEFT("moth_table_id", 47), '…') ELSE "moth_table_id" END, CASE WHEN LENGTH("moth_person_id") > 48 THEN CONCAT(LEFT("moth_person_id", 47), '…') ELSE "moth_person_id" END, CASE WHEN LENGTH("moth_childs_person_id") > 48 THEN CONCAT(LEFT("moth_childs_person_id", 47), '…') ELSE "moth_childs_person_id" END, "moth_childs_dob" FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' moth_table_id=', COUNT(*) FILTER (WHERE LENGTH("moth_table_id") > 48)), ' moth_table_id=0'), NULLIF(CONCAT(' moth_person_id=', COUNT(*) FILTER (WHERE LENGTH("moth_person_id") > 48)), ' moth_person_id=0'), NULLIF(CONCAT(' moth_childs_person_id=', COUNT(*) FILTER (WHERE LENGTH("moth_childs_person_id") > 48)), ' moth_childs_person_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_mother', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_mother', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
