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
    WITH reviews AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               CASE WHEN UPPER(TRIM(CAST(s.STEP_STATUS AS VARCHAR(4000)))) = 'CANCELLED' THEN 'Y' ELSE 'N' END AS cancelled,
               CASE WHEN UPPER(TRIM(CAST(s.STEP_STATUS AS VARCHAR(4000)))) = 'COMPLETED' THEN s.LAC_REVIEW_DATE END AS review_date,
               CASE WHEN UPPER(TRIM(CAST(s.STEP_STATUS AS VARCHAR(4000)))) = 'COMPLETED' THEN s.LAC_REVIEW_PARTICIPATION_CODE END AS participation,
               CASE WHEN UPPER(TRIM(CAST(s.STEP_STATUS AS VARCHAR(4000)))) = 'COMPLETED' THEN s.LAC_REVIEW_DATE ELSE s.CANCELLED_ON END AS event_date
        FROM "dm_workflow_steps" s
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(TRIM(CAST(ss.SUBJECT_TYPE_CODE AS VARCHAR(4000)))) = 'PER'
        WHERE s.LAC_REVIEW_CATEGORY IS NOT NULL
          AND ((UPPER(TRIM(CAST(s.STEP_STATUS AS VARCHAR(4000)))) = 'COMPLETED' AND s.LAC_REVIEW_DATE IS NOT NULL)
               OR (UPPER(TRIM(CAST(s.STEP_STATUS AS VARCHAR(4000)))) = 'CANCELLED' AND s.CANCELLED_ON IS NOT NULL))
    ),
    periods AS (
        SELECT chosen.step_id, chosen.person_id, chosen.period_id, chosen.period_start
        FROM (
            SELECT ev.step_id, ev.person_id, pc.PERIOD_OF_CARE_ID AS period_id, pc.START_DATE AS period_start,
                ROW_NUMBER() OVER (PARTITION BY ev.step_id, ev.person_id ORDER BY pc.PERIOD_OF_CARE_ID DESC) AS pick
            FROM reviews ev
            JOIN "dm_periods_of_care" pc
                ON pc.PERSON_ID = ev.person_id AND pc.START_DATE <= ev.event_date AND (pc.END_DATE IS NULL OR pc.END_DATE >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    placed AS (
        SELECT r.step_id, r.person_id, r.cancelled, r.review_date, r.participation, r.event_date, p.period_id, p.period_start
        FROM reviews r
        LEFT JOIN periods p ON p.step_id = r.step_id AND p.person_id = r.person_id
    ),
    held_before AS (
        SELECT r.step_id, r.person_id, COUNT(h.step_id) AS held, MAX(h.review_date) AS last_held
        FROM placed r
        LEFT JOIN placed h
               ON h.person_id = r.person_id AND h.period_id = r.period_id AND UPPER(TRIM(CAST(h.cancelled AS VARCHAR(4000)))) = 'N'
              AND h.review_date < r.event_date
        GROUP BY r.step_id, r.person_id
    ),
    ssd_bridge_fill ("clar_cla_review_id", "clar_cla_id", "clar_cla_person_id", "clar_cla_review_due_date", "clar_cla_review_date", "clar_cla_review_cancelled", "clar_cla_review_participation") AS (
    SELECT
        CONCAT(CAST(r.step_id AS VARCHAR(20)), '-', CAST(r.person_id AS VARCHAR(20))),
        CAST(r.period_id AS VARCHAR(48)),
        CAST(r.person_id AS VARCHAR(48)),
        CASE
            WHEN r.period_id IS NULL THEN NULL
            WHEN b.held = 0 THEN (r.period_start + CASE WHEN (CAST(EXTRACT(ISODOW FROM r.period_start) AS INT) - 1) >= 4 THEN 28 - ((CAST(EXTRACT(ISODOW FROM r.period_start) AS INT) - 1) - 4) WHEN (CAST(EXTRACT(ISODOW FROM r.period_start) AS INT) - 1) + 0 >= 5 THEN 30 ELSE 28 END * INTERVAL '1 day')
            WHEN b.held = 1 THEN (b.last_held + 91 * INTERVAL '1 day')
            ELSE (b.last_held + 183 * INTERVAL '1 day')
        END,
        r.review_date,
        r.cancelled,
        LEFT(r.participation, 100)
    FROM placed r
    JOIN held_before b ON b.step_id = r.step_id AND b.person_id = r.person_id
    WHERE r.event_date >= (CURRENT_DATE - INTERVAL '6 years') AND r.event_date <= CURRENT_DATE
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(r.person_id AS VARCHAR(48)))
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
