DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_previous_permanence'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cla_previous_permanence";
    WITH answers AS (
        -- one answer per step, subject and filter; subject <= 0 answers for the whole step
        SELECT fa.WORKFLOW_STEP_ID AS step_id,
               CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
               MAX(CASE WHEN UPPER(TRIM(CAST(fa.FILTER_NAME AS VARCHAR(4000)))) = 'CHILD PREVIOUS PERMANENCE OPTION DATE (DOCUMENT)'
                        THEN COALESCE(CASE WHEN TRIM(CAST(fa.DATE_ANSWER AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fa.DATE_ANSWER AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fa.DATE_ANSWER AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fa.DATE_ANSWER AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fa.DATE_ANSWER AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fa.DATE_ANSWER AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fa.DATE_ANSWER AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fa.DATE_ANSWER AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fa.DATE_ANSWER AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fa.DATE_ANSWER AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fa.DATE_ANSWER AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fa.DATE_ANSWER AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END, CASE WHEN TRIM(CAST(fa.TEXT_ANSWER AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fa.TEXT_ANSWER AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fa.TEXT_ANSWER AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END) END) AS order_date,
               MAX(CASE WHEN UPPER(TRIM(CAST(fa.FILTER_NAME AS VARCHAR(4000)))) = 'CHILD PREVIOUS PERMANENCE OPTION (DOCUMENT)' THEN mo.CATEGORY_VALUE END) AS option_code,
               MAX(CASE WHEN UPPER(TRIM(CAST(fa.FILTER_NAME AS VARCHAR(4000)))) = 'CHILD PREVIOUS PERMANENCE LA (DOCUMENT)' THEN ml.CATEGORY_VALUE END) AS la
        FROM "dm_filter_form_answers" fa
        LEFT JOIN "dm_mapping_groups" mo
               ON UPPER(TRIM(CAST(mo.GROUP_NAME AS VARCHAR(4000)))) = 'CHILD PREVIOUS PERMANENCE OPTION' AND mo.MAPPED_VALUE = fa.TEXT_ANSWER
        LEFT JOIN "dm_mapping_groups" ml
               ON UPPER(TRIM(CAST(ml.GROUP_NAME AS VARCHAR(4000)))) = 'CHILD PREVIOUS PERMANENCE LA' AND ml.MAPPED_VALUE = fa.TEXT_ANSWER
        WHERE fa.WORKFLOW_STEP_ID IS NOT NULL
          AND UPPER(TRIM(CAST(fa.FILTER_NAME AS VARCHAR(4000)))) IN ('CHILD PREVIOUS PERMANENCE OPTION DATE (DOCUMENT)', 'CHILD PREVIOUS PERMANENCE OPTION (DOCUMENT)', 'CHILD PREVIOUS PERMANENCE LA (DOCUMENT)')
        GROUP BY fa.WORKFLOW_STEP_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
    ),
    subjects AS (
        -- the step's child subjects the answers are about: their own answers, or answers for the whole step
        SELECT DISTINCT a.step_id, ss.SUBJECT_COMPOUND_ID AS person_id
        FROM answers a
        JOIN "dm_workflow_steps" s ON s.WORKFLOW_STEP_ID = a.step_id
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(TRIM(CAST(ss.SUBJECT_TYPE_CODE AS VARCHAR(4000)))) = 'PER'
        WHERE (a.subject = 0 OR a.subject = ss.SUBJECT_COMPOUND_ID)
          AND UPPER(TRIM(CAST(s.STEP_STATUS AS VARCHAR(4000)))) IN ('INCOMING', 'STARTED', 'REOPENED', 'COMPLETED')
    ),
    ssd_bridge_fill ("lapp_table_id", "lapp_person_id", "lapp_previous_permanence_option", "lapp_previous_permanence_la", "lapp_previous_permanence_order_date") AS (
    SELECT
        CONCAT(CAST(p.step_id AS VARCHAR(20)), '-', CAST(p.person_id AS VARCHAR(20))),
        CAST(p.person_id AS VARCHAR(48)),
        LEFT(COALESCE(a.option_code, a_all.option_code), 200),
        LEFT(COALESCE(a.la, a_all.la), 100),
        TO_CHAR(COALESCE(a.order_date, a_all.order_date), 'DD/MM/YYYY')
    FROM subjects p
    LEFT JOIN answers a ON a.step_id = p.step_id AND a.subject = p.person_id
    LEFT JOIN answers a_all ON a_all.step_id = p.step_id AND a_all.subject = 0
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(p.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("lapp_table_id" AS TEXT) AS "lapp_table_id", CAST("lapp_person_id" AS TEXT) AS "lapp_person_id", CAST("lapp_previous_permanence_option" AS TEXT) AS "lapp_previous_permanence_option", CAST("lapp_previous_permanence_la" AS TEXT) AS "lapp_previous_permanence_la", CAST("lapp_previous_permanence_order_date" AS TEXT) AS "lapp_previous_permanence_order_date"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cla_previous_permanence" ("lapp_table_id", "lapp_person_id", "lapp_previous_permanence_option", "lapp_previous_permanence_la", "lapp_previous_permanence_order_date")
        SELECT CASE WHEN LENGTH("lapp_table_id") > 48 THEN CONCAT(LEFT("lapp_table_id", 47), '…') ELSE "lapp_table_id" END, CASE WHEN LENGTH("lapp_person_id") > 48 THEN CONCAT(LEFT("lapp_person_id", 47), '…') ELSE "lapp_person_id" END, CASE WHEN LENGTH("lapp_previous_permanence_option") > 200 THEN CONCAT(LEFT("lapp_previous_permanence_option", 199), '…') ELSE "lapp_previous_permanence_option" END, CASE WHEN LENGTH("lapp_previous_permanence_la") > 100 THEN CONCAT(LEFT("lapp_previous_permanence_la", 99), '…') ELSE "lapp_previous_permanence_la" END, CASE WHEN LENGTH("lapp_previous_permanence_order_date") > 10 THEN CONCAT(LEFT("lapp_previous_permanence_order_date", 9), '…') ELSE "lapp_previous_permanence_order_date" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' lapp_table_id=', COUNT(*) FILTER (WHERE LENGTH("lapp_table_id") > 48)), ' lapp_table_id=0'), NULLIF(CONCAT(' lapp_person_id=', COUNT(*) FILTER (WHERE LENGTH("lapp_person_id") > 48)), ' lapp_person_id=0'), NULLIF(CONCAT(' lapp_previous_permanence_option=', COUNT(*) FILTER (WHERE LENGTH("lapp_previous_permanence_option") > 200)), ' lapp_previous_permanence_option=0'), NULLIF(CONCAT(' lapp_previous_permanence_la=', COUNT(*) FILTER (WHERE LENGTH("lapp_previous_permanence_la") > 100)), ' lapp_previous_permanence_la=0'), NULLIF(CONCAT(' lapp_previous_permanence_order_date=', COUNT(*) FILTER (WHERE LENGTH("lapp_previous_permanence_order_date") > 10)), ' lapp_previous_permanence_order_date=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_previous_permanence', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_previous_permanence', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
