
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
    WITH answers AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                fr.form_no,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 1 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS review_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 2 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 2 AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS next_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 3 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 3 AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS meeting_date,
                MAX(CASE WHEN fr.control_no = 4 THEN fr.short_answer END) AS answer
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    CASE f.DESIGNGUID WHEN 'b5c5c8d8-5ba7-4919-a3cd-9722e8e90aaf' THEN 1 WHEN '79f3495c-134f-4e69-b00f-7621925419f7' THEN 2 END AS form_no,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.SHORTANSWERVALUE AS short_answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.DESIGNGUID WHEN 'b5c5c8d8-5ba7-4919-a3cd-9722e8e90aaf' THEN CASE f.CONTROLNAME WHEN 'dateOfReview' THEN 1 WHEN 'dateOfNextReview' THEN 2 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN 'DATEOFREVIEW' THEN 1 WHEN 'DATEOFNEXTREVIEW' THEN 2 END END WHEN '79f3495c-134f-4e69-b00f-7621925419f7' THEN CASE f.CONTROLNAME WHEN 'dateOfMeeting' THEN 3 WHEN 'howWasTheChildAbleToContributeTheirViewsToTheReview' THEN 4 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN 'DATEOFMEETING' THEN 3 WHEN 'HOWWASTHECHILDABLETOCONTRIBUTETHEIRVIEWSTOTHEREVIEW' THEN 4 END END END AS control_no
                FROM "formanswerpersonview" f
                WHERE f.DESIGNGUID IN ('b5c5c8d8-5ba7-4919-a3cd-9722e8e90aaf', '79f3495c-134f-4e69-b00f-7621925419f7')
                    AND ((f.DESIGNGUID = 'b5c5c8d8-5ba7-4919-a3cd-9722e8e90aaf'
                        AND (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE')))
                        OR (f.DESIGNGUID = '79f3495c-134f-4e69-b00f-7621925419f7'
                        AND (f.DESIGNSUBNAME IN ('Child/young person in care review') OR UPPER(TRIM(CAST(f.DESIGNSUBNAME AS VARCHAR(4000)))) IN ('CHILD/YOUNG PERSON IN CARE REVIEW'))
                        AND (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE'))))
                OFFSET 0
            ) fr
            GROUP BY fr.instance_id, fr.person_id, fr.form_no
    ),
    reviews AS (
        SELECT fa.instance_id, fa.person_id, fa.review_date, fa.next_date FROM answers fa WHERE fa.form_no = 1
    ),
    keyed AS (
        SELECT CONCAT(CAST(r.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY r.instance_id) > 1
        THEN CONCAT('-', CAST(r.person_id AS VARCHAR(48))) ELSE '' END) AS review_key, r.person_id, r.review_date, r.next_date, r.instance_id
        FROM reviews r
        WHERE r.review_date IS NOT NULL AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(r.person_id AS VARCHAR(48)))
    ),
    periods AS (
        SELECT k.review_key, k.person_id, k.review_date, k.next_date, k.instance_id, c.PERIODOFCAREID AS period_id,
            ROW_NUMBER() OVER (PARTITION BY k.instance_id, k.person_id ORDER BY c.ADMISSIONDATE DESC, c.PERIODOFCAREID DESC) AS pick
        FROM keyed k
        LEFT JOIN "claperiodofcareview" c
            ON c.PERSONID = k.person_id AND c.ADMISSIONDATE <= k.review_date AND (c.DISCHARGEDATE IS NULL OR c.DISCHARGEDATE >= k.review_date)
    ),
    ordered AS (
        SELECT p.review_key, p.person_id, p.review_date, p.period_id,
            LAG(p.next_date) OVER (PARTITION BY p.person_id, p.period_id ORDER BY p.review_date, p.instance_id) AS due_date
        FROM periods p
        WHERE p.pick = 1
    ),
    views AS (
        SELECT fa.instance_id, fa.person_id, fa.meeting_date, fa.answer FROM answers fa WHERE fa.form_no = 2
    ),
    participation AS (
        SELECT vx.review_key, vx.answer
        FROM (
            SELECT o.review_key, v.answer,
                ROW_NUMBER() OVER (PARTITION BY o.review_key ORDER BY v.instance_id DESC) AS pick
            FROM ordered o
            JOIN views v ON v.person_id = o.person_id AND v.meeting_date = o.review_date AND v.answer IS NOT NULL
        ) vx
        WHERE vx.pick = 1
    ),
    ssd_bridge_fill ("clar_cla_review_id", "clar_cla_id", "clar_cla_person_id", "clar_cla_review_due_date", "clar_cla_review_date", "clar_cla_review_cancelled", "clar_cla_review_participation") AS (
    SELECT
        o.review_key,
        CAST(o.period_id AS VARCHAR(48)),
        CAST(o.person_id AS VARCHAR(48)),
        o.due_date,
        o.review_date,
        'N',
        LEFT(CAST(pa.answer AS VARCHAR(100)), 100)
    FROM ordered o
    LEFT JOIN participation pa ON pa.review_key = o.review_key
    WHERE o.review_date >= (CURRENT_DATE - INTERVAL '6 years')
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
