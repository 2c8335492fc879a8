
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_immunisations'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cla_immunisations";
    WITH checks AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                MAX(CASE WHEN fr.control_no = 1 THEN fr.answer END) AS complete,
                COALESCE(MAX(CASE WHEN fr.control_no = 2 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 2 AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS check_date
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.CONTROLNAME WHEN '903Return_ImmunisationsComplete' THEN 1 WHEN '903Return_dateOfCheckImm' THEN 2 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN '903RETURN_IMMUNISATIONSCOMPLETE' THEN 1 WHEN '903RETURN_DATEOFCHECKIMM' THEN 2 END END AS control_no
                FROM "formanswerpersonview" f
                WHERE f.DESIGNGUID = '0438ab4f-0d93-40d3-ab73-f97455646041'
                    AND (f.DESIGNSUBNAME IN ('Immunisation check ') OR UPPER(TRIM(CAST(f.DESIGNSUBNAME AS VARCHAR(4000)))) IN ('IMMUNISATION CHECK'))
                    AND (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE'))
                OFFSET 0
            ) fr
            GROUP BY fr.instance_id, fr.person_id
    ),
    latest AS (
        SELECT c.person_id, c.complete, COALESCE(c.check_date, c.completed_date) AS check_date,
            ROW_NUMBER() OVER (PARTITION BY c.person_id
                ORDER BY COALESCE(c.check_date, c.completed_date) DESC, c.instance_id DESC) AS pick
        FROM checks c
        WHERE c.complete IS NOT NULL AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(c.person_id AS VARCHAR(48)))
    ),
    ssd_bridge_fill ("clai_person_id", "clai_immunisations_status", "clai_immunisations_status_date") AS (
    SELECT
        CAST(l.person_id AS VARCHAR(48)),

    CASE WHEN l.complete IS NULL THEN NULL WHEN (l.complete IN ('Yes', 'Y') OR UPPER(TRIM(CAST(l.complete AS VARCHAR(4000)))) IN ('YES', 'Y')) THEN 'Y' ELSE 'N' END,
        l.check_date
    FROM latest l
    WHERE l.pick = 1
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("clai_person_id" AS TEXT) AS "clai_person_id", CAST("clai_immunisations_status" AS TEXT) AS "clai_immunisations_status", CAST("clai_immunisations_status_date" AS TIMESTAMP) AS "clai_immunisations_status_date"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cla_immunisations" ("clai_person_id", "clai_immunisations_status", "clai_immunisations_status_date")
        SELECT CASE WHEN LENGTH("clai_person_id") > 48 THEN CONCAT(LEFT("clai_person_id", 47), '…') ELSE "clai_person_id" END, CASE WHEN LENGTH("clai_immunisations_status") > 1 THEN CONCAT(LEFT("clai_immunisations_status", 0), '…') ELSE "clai_immunisations_status" END, "clai_immunisations_status_date" FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' clai_person_id=', COUNT(*) FILTER (WHERE LENGTH("clai_person_id") > 48)), ' clai_person_id=0'), NULLIF(CONCAT(' clai_immunisations_status=', COUNT(*) FILTER (WHERE LENGTH("clai_immunisations_status") > 1)), ' clai_immunisations_status=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_immunisations', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_immunisations', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
