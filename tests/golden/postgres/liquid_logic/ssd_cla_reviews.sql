
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_reviews'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cla_reviews";
    WITH subjects AS (
        -- the child's subject rows of the review meeting that carry a qualifying outcome form
        SELECT fms.FACT_MEETINGS_ID, fms.DIM_PERSON_ID,
               MAX(fms.DIM_LOOKUP_PARTICIPATION_CODE_DESC) AS participation
        FROM "hdm"."child_social"."fact_meeting_subjects" fms
        JOIN "hdm"."child_social"."fact_forms" ff ON ff.FACT_FORM_ID = fms.FACT_OUTCM_FORM_ID
        WHERE (ff.DIM_LOOKUP_FORM_TYPE_ID_CODE IS NULL OR NOT UPPER(TRIM(CAST(ff.DIM_LOOKUP_FORM_TYPE_ID_CODE AS VARCHAR(4000)))) IN ('1391', '1195', '1377', '1540', '2069', '2340'))AND ff.FACT_FORM_ID NOT IN (1071252)
        GROUP BY fms.FACT_MEETINGS_ID, fms.DIM_PERSON_ID
    ),
    ssd_bridge_fill ("clar_cla_review_id", "clar_cla_id", "clar_cla_person_id", "clar_cla_review_due_date", "clar_cla_review_date", "clar_cla_review_cancelled", "clar_cla_review_participation") AS (
    SELECT
        CAST(fcr.FACT_CLA_REVIEW_ID AS VARCHAR(48)),
        CAST(NULLIF(fcr.FACT_CLA_ID, -1) AS VARCHAR(48)),
        CAST(fcr.DIM_PERSON_ID AS VARCHAR(48)),
        fcr.DUE_DTTM,
        fcr.MEETING_DTTM,
        LEFT(fm.CANCELLED, 1),
        LEFT(CAST(NULLIF(LTRIM(RTRIM(s.participation)), '') AS VARCHAR(100)), 100)
    FROM "hdm"."child_social"."fact_cla_review" fcr
    JOIN subjects s ON s.FACT_MEETINGS_ID = fcr.FACT_MEETING_ID AND s.DIM_PERSON_ID = fcr.DIM_PERSON_ID
    LEFT JOIN "hdm"."child_social"."fact_meetings" fm ON fm.FACT_MEETING_ID = fcr.FACT_MEETING_ID
    WHERE fcr.DIM_PERSON_ID <> -1
        AND (fcr.MEETING_DTTM IS NULL OR fcr.MEETING_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(fcr.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("clar_cla_review_id" AS TEXT) AS "clar_cla_review_id", CAST("clar_cla_id" AS TEXT) AS "clar_cla_id", CAST("clar_cla_person_id" AS TEXT) AS "clar_cla_person_id", CAST("clar_cla_review_due_date" AS TIMESTAMP) AS "clar_cla_review_due_date", CAST("clar_cla_review_date" AS TIMESTAMP) AS "clar_cla_review_date", CAST("clar_cla_review_cancelled" AS TEXT) AS "clar_cla_review_cancelled", CAST("clar_cla_review_participation" AS TEXT) AS "clar_cla_review_participation"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cla_reviews" ("clar_cla_review_id", "clar_cla_id", "clar_cla_person_id", "clar_cla_review_due_date", "clar_cla_review_date", "clar_cla_review_cancelled", "clar_cla_review_participation")
        SELECT CASE WHEN LENGTH("clar_cla_review_id") > 48 THEN CONCAT(LEFT("clar_cla_review_id", 47), '…') ELSE "clar_cla_review_id" END, CASE WHEN LENGTH("clar_cla_id") > 48 THEN CONCAT(LEFT("clar_cla_id", 47), '…') ELSE "clar_cla_id" END, CASE WHEN LENGTH("clar_cla_person_id") > 48 THEN CONCAT(LEFT("clar_cla_person_id", 47), '…') ELSE "clar_cla_person_id" END, "clar_cla_review_due_date", "clar_cla_review_date", CASE WHEN LENGTH("clar_cla_review_cancelled") > 1 THEN CONCAT(LEFT("clar_cla_review_cancelled", 0), '…') ELSE "clar_cla_review_cancelled" END, CASE WHEN LENGTH("clar_cla_review_participation") > 100 THEN CONCAT(LEFT("clar_cla_review_participation", 99), '…') ELSE "clar_cla_review_participation" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' clar_cla_review_id=', COUNT(*) FILTER (WHERE LENGTH("clar_cla_review_id") > 48)), ' clar_cla_review_id=0'), NULLIF(CONCAT(' clar_cla_id=', COUNT(*) FILTER (WHERE LENGTH("clar_cla_id") > 48)), ' clar_cla_id=0'), NULLIF(CONCAT(' clar_cla_person_id=', COUNT(*) FILTER (WHERE LENGTH("clar_cla_person_id") > 48)), ' clar_cla_person_id=0'), NULLIF(CONCAT(' clar_cla_review_cancelled=', COUNT(*) FILTER (WHERE LENGTH("clar_cla_review_cancelled") > 1)), ' clar_cla_review_cancelled=0'), NULLIF(CONCAT(' clar_cla_review_participation=', COUNT(*) FILTER (WHERE LENGTH("clar_cla_review_participation") > 100)), ' clar_cla_review_participation=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_reviews', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_reviews', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
