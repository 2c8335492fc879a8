
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_health'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cla_health";
    WITH answers AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                fr.form_no,
                fr.subname,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 1 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS check_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 2 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 2 AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS other_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 3 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 3 AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS reporting_date,
                MAX(CASE WHEN fr.control_no = 4 THEN fr.answer END) AS health_taken,
                MAX(CASE WHEN fr.control_no = 5 THEN fr.answer END) AS dental_taken,
                MAX(CASE WHEN fr.control_no = 6 THEN fr.answer END) AS optician_taken,
                COALESCE(MAX(CASE WHEN fr.control_no = 7 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 7 AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS H,
                COALESCE(MAX(CASE WHEN fr.control_no = 8 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 8 AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS D,
                COALESCE(MAX(CASE WHEN fr.control_no = 9 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 9 AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS O
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    CASE f.DESIGNGUID WHEN '0438ab4f-0d93-40d3-ab73-f97455646041' THEN 1 WHEN '36c62558-e07b-41bb-b3d1-1dd850d55472' THEN 2 END AS form_no,
                    UPPER(TRIM(CAST(f.DESIGNSUBNAME AS VARCHAR(4000)))) AS subname,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.DESIGNGUID WHEN '0438ab4f-0d93-40d3-ab73-f97455646041' THEN CASE f.CONTROLNAME WHEN '903Return_dateOfCheck8' THEN 1 WHEN '903Return_dateOfCheck2' THEN 2 WHEN '903Return_reportingDate' THEN 3 WHEN '903Return_HealthAssessmentTakenPlace' THEN 4 WHEN '903Return_DentalCheck' THEN 5 WHEN 'hasAnOpticianCheckTakenPlace' THEN 6 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN '903RETURN_DATEOFCHECK8' THEN 1 WHEN '903RETURN_DATEOFCHECK2' THEN 2 WHEN '903RETURN_REPORTINGDATE' THEN 3 WHEN '903RETURN_HEALTHASSESSMENTTAKENPLACE' THEN 4 WHEN '903RETURN_DENTALCHECK' THEN 5 WHEN 'HASANOPTICIANCHECKTAKENPLACE' THEN 6 END END WHEN '36c62558-e07b-41bb-b3d1-1dd850d55472' THEN CASE f.CONTROLNAME WHEN 'dateLastHealthCheckCompleted' THEN 7 WHEN 'dateLastDentalCheckCompleted' THEN 8 WHEN 'dateLastOpticianCheckCompleted' THEN 9 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN 'DATELASTHEALTHCHECKCOMPLETED' THEN 7 WHEN 'DATELASTDENTALCHECKCOMPLETED' THEN 8 WHEN 'DATELASTOPTICIANCHECKCOMPLETED' THEN 9 END END END AS control_no
                FROM "formanswerpersonview" f
                WHERE f.DESIGNGUID IN ('0438ab4f-0d93-40d3-ab73-f97455646041', '36c62558-e07b-41bb-b3d1-1dd850d55472')
                    AND ((f.DESIGNGUID = '0438ab4f-0d93-40d3-ab73-f97455646041'
                        AND (f.DESIGNSUBNAME IN ('Health check ', 'Dental check ', 'Optician check ') OR UPPER(TRIM(CAST(f.DESIGNSUBNAME AS VARCHAR(4000)))) IN ('HEALTH CHECK', 'DENTAL CHECK', 'OPTICIAN CHECK'))
                        AND (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE')))
                        OR (f.DESIGNGUID = '36c62558-e07b-41bb-b3d1-1dd850d55472'
                        AND (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE'))))
                OFFSET 0
            ) fr
            GROUP BY fr.instance_id, fr.person_id, fr.form_no, fr.subname
    ),
    checks AS (
        SELECT fa.instance_id, fa.person_id, fa.subname, fa.check_date, fa.other_date, fa.reporting_date, fa.health_taken,
            fa.dental_taken, fa.optician_taken
        FROM answers fa
        WHERE fa.form_no = 1
    ),
    assessments AS (
        SELECT fa.instance_id, fa.person_id, fa.H, fa.D, fa.O FROM answers fa WHERE fa.form_no = 2
    ),
    all_checks AS (
        SELECT CONCAT(CAST(c.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY c.instance_id) > 1
        THEN CONCAT('-', CAST(c.person_id AS VARCHAR(48))) ELSE '' END) AS check_key, c.person_id, 'Dental Check' AS check_type,
            COALESCE(c.check_date, c.other_date, c.reporting_date) AS check_date,
            CASE WHEN UPPER(TRIM(CAST(c.health_taken AS VARCHAR(4000)))) IN ('NO') OR UPPER(TRIM(CAST(c.dental_taken AS VARCHAR(4000)))) IN ('NO')
                OR UPPER(TRIM(CAST(c.optician_taken AS VARCHAR(4000)))) IN ('NO') THEN 'Refused' ELSE 'Completed' END AS status
        FROM checks c
        WHERE UPPER(TRIM(CAST(c.subname AS VARCHAR(4000)))) = 'DENTAL CHECK'
        UNION ALL
        SELECT CONCAT(CAST(c.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY c.instance_id) > 1
        THEN CONCAT('-', CAST(c.person_id AS VARCHAR(48))) ELSE '' END) AS check_key, c.person_id, 'Health Assessment' AS check_type,
            COALESCE(c.check_date, c.other_date, c.reporting_date) AS check_date,
            CASE WHEN UPPER(TRIM(CAST(c.health_taken AS VARCHAR(4000)))) IN ('NO') OR UPPER(TRIM(CAST(c.dental_taken AS VARCHAR(4000)))) IN ('NO')
                OR UPPER(TRIM(CAST(c.optician_taken AS VARCHAR(4000)))) IN ('NO') THEN 'Refused' ELSE 'Completed' END AS status
        FROM checks c
        WHERE UPPER(TRIM(CAST(c.subname AS VARCHAR(4000)))) = 'HEALTH CHECK'
        UNION ALL
        SELECT CONCAT(CAST(c.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY c.instance_id) > 1
        THEN CONCAT('-', CAST(c.person_id AS VARCHAR(48))) ELSE '' END) AS check_key, c.person_id, 'Optician Check' AS check_type,
            COALESCE(c.check_date, c.other_date, c.reporting_date) AS check_date,
            CASE WHEN UPPER(TRIM(CAST(c.health_taken AS VARCHAR(4000)))) IN ('NO') OR UPPER(TRIM(CAST(c.dental_taken AS VARCHAR(4000)))) IN ('NO')
                OR UPPER(TRIM(CAST(c.optician_taken AS VARCHAR(4000)))) IN ('NO') THEN 'Refused' ELSE 'Completed' END AS status
        FROM checks c
        WHERE UPPER(TRIM(CAST(c.subname AS VARCHAR(4000)))) = 'OPTICIAN CHECK'
        UNION ALL
        SELECT CONCAT(CONCAT(CAST(a.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY a.instance_id) > 1
        THEN CONCAT('-', CAST(a.person_id AS VARCHAR(48))) ELSE '' END), '-D'), a.person_id, 'Dental Check', a.D, 'Completed'
        FROM assessments a
        WHERE a.D IS NOT NULL
        UNION ALL
        SELECT CONCAT(CONCAT(CAST(a.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY a.instance_id) > 1
        THEN CONCAT('-', CAST(a.person_id AS VARCHAR(48))) ELSE '' END), '-H'), a.person_id, 'Health Assessment', a.H, 'Completed'
        FROM assessments a
        WHERE a.H IS NOT NULL
        UNION ALL
        SELECT CONCAT(CONCAT(CAST(a.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY a.instance_id) > 1
        THEN CONCAT('-', CAST(a.person_id AS VARCHAR(48))) ELSE '' END), '-O'), a.person_id, 'Optician Check', a.O, 'Completed'
        FROM assessments a
        WHERE a.O IS NOT NULL

    ),
    ssd_bridge_fill ("clah_health_check_id", "clah_person_id", "clah_health_check_type", "clah_health_check_date", "clah_health_check_status") AS (
    SELECT
        ac.check_key,
        CAST(ac.person_id AS VARCHAR(48)),
        ac.check_type,
        ac.check_date,
        ac.status
    FROM all_checks ac
    WHERE ac.check_date >= (CURRENT_DATE - INTERVAL '6 years') AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(ac.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("clah_health_check_id" AS TEXT) AS "clah_health_check_id", CAST("clah_person_id" AS TEXT) AS "clah_person_id", CAST("clah_health_check_type" AS TEXT) AS "clah_health_check_type", CAST("clah_health_check_date" AS TIMESTAMP) AS "clah_health_check_date", CAST("clah_health_check_status" AS TEXT) AS "clah_health_check_status"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cla_health" ("clah_health_check_id", "clah_person_id", "clah_health_check_type", "clah_health_check_date", "clah_health_check_status")
        SELECT CASE WHEN LENGTH("clah_health_check_id") > 48 THEN CONCAT(LEFT("clah_health_check_id", 47), '…') ELSE "clah_health_check_id" END, CASE WHEN LENGTH("clah_person_id") > 48 THEN CONCAT(LEFT("clah_person_id", 47), '…') ELSE "clah_person_id" END, CASE WHEN LENGTH("clah_health_check_type") > 500 THEN CONCAT(LEFT("clah_health_check_type", 499), '…') ELSE "clah_health_check_type" END, "clah_health_check_date", CASE WHEN LENGTH("clah_health_check_status") > 48 THEN CONCAT(LEFT("clah_health_check_status", 47), '…') ELSE "clah_health_check_status" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' clah_health_check_id=', COUNT(*) FILTER (WHERE LENGTH("clah_health_check_id") > 48)), ' clah_health_check_id=0'), NULLIF(CONCAT(' clah_person_id=', COUNT(*) FILTER (WHERE LENGTH("clah_person_id") > 48)), ' clah_person_id=0'), NULLIF(CONCAT(' clah_health_check_type=', COUNT(*) FILTER (WHERE LENGTH("clah_health_check_type") > 500)), ' clah_health_check_type=0'), NULLIF(CONCAT(' clah_health_check_status=', COUNT(*) FILTER (WHERE LENGTH("clah_health_check_status") > 48)), ' clah_health_check_status=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_health', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_health', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
