
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_care_leavers'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_care_leavers";
    WITH eligibility AS (
        -- one eligibility row per child (the latest), so contacts are not repeated per eligibility row
        SELECT e.DIM_CLA_ELIGIBILITY_ID, e.DIM_PERSON_ID, e.DIM_LOOKUP_ELIGIBILITY_STATUS_DESC,
               ROW_NUMBER() OVER (PARTITION BY e.DIM_PERSON_ID ORDER BY e.DIM_CLA_ELIGIBILITY_ID DESC) AS rn
        FROM "hdm"."child_social"."dim_cla_eligibility" e
        WHERE e.DIM_PERSON_ID <> -1
    ),
    pathway AS (
        SELECT cp.DIM_PERSON_ID, MAX(cp.MODIF_DTTM) AS reviewed
        FROM "hdm"."child_social"."fact_care_plans" cp
        WHERE UPPER(TRIM(CAST(cp.DIM_LOOKUP_PLAN_TYPE_ID_CODE AS VARCHAR(4000)))) = 'PATH'
        GROUP BY cp.DIM_PERSON_ID
    ),
    advisers AS (
        -- the latest personal-adviser (16PLUS) involvement per child
        SELECT a.DIM_PERSON_ID, a.DIM_WORKER_ID,
               ROW_NUMBER() OVER (PARTITION BY a.DIM_PERSON_ID
                                  ORDER BY CASE WHEN a.START_DTTM IS NULL THEN 1 ELSE 0 END, a.START_DTTM DESC, a.FACT_INVOLVEMENTS_ID DESC) AS rn
        FROM "hdm"."child_social"."fact_involvements" a
        WHERE a.DIM_WORKER_ID <> -1 AND UPPER(TRIM(CAST(a.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE AS VARCHAR(4000)))) = '16PLUS'
    ),
    social_workers AS (
        -- the latest allocated social-worker (CW) involvement per child
        SELECT w.DIM_PERSON_ID, w.DIM_WORKER_ID, w.FACT_WORKER_HISTORY_DEPARTMENT_ID,
               ROW_NUMBER() OVER (PARTITION BY w.DIM_PERSON_ID
                                  ORDER BY CASE WHEN w.START_DTTM IS NULL THEN 1 ELSE 0 END, w.START_DTTM DESC, w.FACT_INVOLVEMENTS_ID DESC) AS rn
        FROM "hdm"."child_social"."fact_involvements" w
        WHERE w.DIM_WORKER_ID <> -1 AND UPPER(TRIM(CAST(w.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE AS VARCHAR(4000)))) = 'CW' AND UPPER(TRIM(CAST(w.IS_ALLOCATED_CW_FLAG AS VARCHAR(4000)))) = 'Y'
    ),
    ssd_bridge_fill ("clea_table_id", "clea_person_id", "clea_care_leaver_eligibility", "clea_care_leaver_in_touch", "clea_care_leaver_latest_contact", "clea_care_leaver_accommodation", "clea_care_leaver_accom_suitable", "clea_care_leaver_activity", "clea_pathway_plan_review_date", "clea_care_leaver_personal_advisor", "clea_care_leaver_allocated_team", "clea_care_leaver_worker_id") AS (
    SELECT
        CONCAT(CAST(el.DIM_CLA_ELIGIBILITY_ID AS VARCHAR(48)), '.', COALESCE(CAST(cl.FACT_CLA_CARE_LEAVERS_ID AS VARCHAR(48)), '0')),
        CAST(el.DIM_PERSON_ID AS VARCHAR(48)),
        LEFT(COALESCE(el.DIM_LOOKUP_ELIGIBILITY_STATUS_DESC, 'No Current Eligibility'), 100),
        NULLIF(LEFT(LTRIM(RTRIM(cl.DIM_LOOKUP_IN_TOUCH_CODE_CODE)), 100), ''),
        cl.IN_TOUCH_DTTM,
        CAST(LTRIM(RTRIM(cl.DIM_LOOKUP_ACCOMMODATION_CODE_DESC)) AS VARCHAR(100)),
        LEFT(cl.DIM_LOOKUP_ACCOMMODATION_SUITABLE_DESC, 100),
        CAST(LTRIM(RTRIM(cl.DIM_LOOKUP_MAIN_ACTIVITY_DESC)) AS VARCHAR(100)),
        pw.reviewed,
        CAST(pa.DIM_WORKER_ID AS VARCHAR(100)),
        CASE WHEN cw.FACT_WORKER_HISTORY_DEPARTMENT_ID NOT IN (-1, 0) THEN CAST(cw.FACT_WORKER_HISTORY_DEPARTMENT_ID AS VARCHAR(48)) END,
        CAST(cw.DIM_WORKER_ID AS VARCHAR(100))
    FROM eligibility el
    LEFT JOIN "hdm"."child_social"."fact_cla_care_leavers" cl ON cl.DIM_PERSON_ID = el.DIM_PERSON_ID
    LEFT JOIN pathway pw ON pw.DIM_PERSON_ID = el.DIM_PERSON_ID
    LEFT JOIN advisers pa ON pa.DIM_PERSON_ID = el.DIM_PERSON_ID AND pa.rn = 1
    LEFT JOIN social_workers cw ON cw.DIM_PERSON_ID = el.DIM_PERSON_ID AND cw.rn = 1
    WHERE el.rn = 1
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(el.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("clea_table_id" AS TEXT) AS "clea_table_id", CAST("clea_person_id" AS TEXT) AS "clea_person_id", CAST("clea_care_leaver_eligibility" AS TEXT) AS "clea_care_leaver_eligibility", CAST("clea_care_leaver_in_touch" AS TEXT) AS "clea_care_leaver_in_touch", CAST("clea_care_leaver_latest_contact" AS TIMESTAMP) AS "clea_care_leaver_latest_contact", CAST("clea_care_leaver_accommodation" AS TEXT) AS "clea_care_leaver_accommodation", CAST("clea_care_leaver_accom_suitable" AS TEXT) AS "clea_care_leaver_accom_suitable", CAST("clea_care_leaver_activity" AS TEXT) AS "clea_care_leaver_activity", CAST("clea_pathway_plan_review_date" AS TIMESTAMP) AS "clea_pathway_plan_review_date", CAST("clea_care_leaver_personal_advisor" AS TEXT) AS "clea_care_leaver_personal_advisor", CAST("clea_care_leaver_allocated_team" AS TEXT) AS "clea_care_leaver_allocated_team", CAST("clea_care_leaver_worker_id" AS TEXT) AS "clea_care_leaver_worker_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_care_leavers" ("clea_table_id", "clea_person_id", "clea_care_leaver_eligibility", "clea_care_leaver_in_touch", "clea_care_leaver_latest_contact", "clea_care_leaver_accommodation", "clea_care_leaver_accom_suitable", "clea_care_leaver_activity", "clea_pathway_plan_review_date", "clea_care_leaver_personal_advisor", "clea_care_leaver_allocated_team", "clea_care_leaver_worker_id")
        SELECT CASE WHEN LENGTH("clea_table_id") > 48 THEN CONCAT(LEFT("clea_table_id", 47), '…') ELSE "clea_table_id" END, CASE WHEN LENGTH("clea_person_id") > 48 THEN CONCAT(LEFT("clea_person_id", 47), '…') ELSE "clea_person_id" END, CASE WHEN LENGTH("clea_care_leaver_eligibility") > 100 THEN CONCAT(LEFT("clea_care_leaver_eligibility", 99), '…') ELSE "clea_care_leaver_eligibility" END, CASE WHEN LENGTH("clea_care_leaver_in_touch") > 100 THEN CONCAT(LEFT("clea_care_leaver_in_touch", 99), '…') ELSE "clea_care_leaver_in_touch" END, "clea_care_leaver_latest_contact", CASE WHEN LENGTH("clea_care_leaver_accommodation") > 100 THEN CONCAT(LEFT("clea_care_leaver_accommodation", 99), '…') ELSE "clea_care_leaver_accommodation" END, CASE WHEN LENGTH("clea_care_leaver_accom_suitable") > 100 THEN CONCAT(LEFT("clea_care_leaver_accom_suitable", 99), '…') ELSE "clea_care_leaver_accom_suitable" END, CASE WHEN LENGTH("clea_care_leaver_activity") > 100 THEN CONCAT(LEFT("clea_care_leaver_activity", 99), '…') ELSE "clea_care_leaver_activity" END, "clea_pathway_plan_review_date", CASE WHEN LENGTH("clea_care_leaver_personal_advisor") > 100 THEN CONCAT(LEFT("clea_care_leaver_personal_advisor", 99), '…') ELSE "clea_care_leaver_personal_advisor" END, CASE WHEN LENGTH("clea_care_leaver_allocated_team") > 48 THEN CONCAT(LEFT("clea_care_leaver_allocated_team", 47), '…') ELSE "clea_care_leaver_allocated_team" END, CASE WHEN LENGTH("clea_care_leaver_worker_id") > 100 THEN CONCAT(LEFT("clea_care_leaver_worker_id", 99), '…') ELSE "clea_care_leaver_worker_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' clea_table_id=', COUNT(*) FILTER (WHERE LENGTH("clea_table_id") > 48)), ' clea_table_id=0'), NULLIF(CONCAT(' clea_person_id=', COUNT(*) FILTER (WHERE LENGTH("clea_person_id") > 48)), ' clea_person_id=0'), NULLIF(CONCAT(' clea_care_leaver_eligibility=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_eligibility") > 100)), ' clea_care_leaver_eligibility=0'), NULLIF(CONCAT(' clea_care_leaver_in_touch=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_in_touch") > 100)), ' clea_care_leaver_in_touch=0'), NULLIF(CONCAT(' clea_care_leaver_accommodation=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_accommodation") > 100)), ' clea_care_leaver_accommodation=0'), NULLIF(CONCAT(' clea_care_leaver_accom_suitable=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_accom_suitable") > 100)), ' clea_care_leaver_accom_suitable=0'), NULLIF(CONCAT(' clea_care_leaver_activity=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_activity") > 100)), ' clea_care_leaver_activity=0'), NULLIF(CONCAT(' clea_care_leaver_personal_advisor=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_personal_advisor") > 100)), ' clea_care_leaver_personal_advisor=0'), NULLIF(CONCAT(' clea_care_leaver_allocated_team=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_allocated_team") > 48)), ' clea_care_leaver_allocated_team=0'), NULLIF(CONCAT(' clea_care_leaver_worker_id=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_worker_id") > 100)), ' clea_care_leaver_worker_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_care_leavers', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_care_leavers', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
