
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
        SELECT ff.FACT_FORM_ID, ff.DIM_PERSON_ID,
               MAX(CASE WHEN UPPER(TRIM(CAST(ffa.ANSWER_NO AS VARCHAR(4000)))) = 'PREVADOPTORD' THEN LTRIM(RTRIM(ffa.ANSWER)) END) AS option_answer,
               MAX(CASE WHEN UPPER(TRIM(CAST(ffa.ANSWER_NO AS VARCHAR(4000)))) = 'INENG' THEN LTRIM(RTRIM(ffa.ANSWER)) END) AS la_answer,
               MAX(CASE WHEN UPPER(TRIM(CAST(ffa.ANSWER_NO AS VARCHAR(4000)))) = 'ORDERDATE' THEN LTRIM(RTRIM(ffa.ANSWER)) END) AS day_answer,
               MAX(CASE WHEN UPPER(TRIM(CAST(ffa.ANSWER_NO AS VARCHAR(4000)))) = 'ORDERMONTH' THEN LTRIM(RTRIM(ffa.ANSWER)) END) AS month_answer,
               MAX(CASE WHEN UPPER(TRIM(CAST(ffa.ANSWER_NO AS VARCHAR(4000)))) = 'ORDERYEAR' THEN LTRIM(RTRIM(ffa.ANSWER)) END) AS year_answer
        FROM "hdm"."child_social"."fact_form_answers" ffa
        JOIN "hdm"."child_social"."fact_forms" ff ON ff.FACT_FORM_ID = ffa.FACT_FORM_ID
        WHERE UPPER(ffa.DIM_ASSESSMENT_TEMPLATE_ID_DESC) LIKE '%OUTCOME%'
            AND UPPER(TRIM(CAST(ffa.ANSWER_NO AS VARCHAR(4000)))) IN ('PREVADOPTORD', 'INENG', 'ORDERDATE', 'ORDERMONTH', 'ORDERYEAR')
            AND ffa.ANSWER IS NOT NULL
            AND ff.DIM_PERSON_ID <> -1
        GROUP BY ff.FACT_FORM_ID, ff.DIM_PERSON_ID
    ),
    parts AS (
        SELECT a.*,
               CASE WHEN CASE WHEN TRIM(CAST(a.day_answer AS TEXT)) ~ '^-?[0-9]{1,9}$' THEN CAST(TRIM(CAST(a.day_answer AS TEXT)) AS INTEGER) END BETWEEN 1 AND 31
                    THEN RIGHT(CONCAT('0', CAST(CASE WHEN TRIM(CAST(a.day_answer AS TEXT)) ~ '^-?[0-9]{1,9}$' THEN CAST(TRIM(CAST(a.day_answer AS TEXT)) AS INTEGER) END AS VARCHAR(2))), 2) ELSE 'zz' END AS dd,
               CASE UPPER(a.month_answer) WHEN 'JANUARY' THEN '01' WHEN 'JAN' THEN '01' WHEN 'FEBRUARY' THEN '02' WHEN 'FEB' THEN '02' WHEN 'MARCH' THEN '03' WHEN 'MAR' THEN '03' WHEN 'APRIL' THEN '04' WHEN 'APR' THEN '04' WHEN 'MAY' THEN '05' WHEN 'JUNE' THEN '06' WHEN 'JUN' THEN '06' WHEN 'JULY' THEN '07' WHEN 'JUL' THEN '07' WHEN 'AUGUST' THEN '08' WHEN 'AUG' THEN '08' WHEN 'SEPTEMBER' THEN '09' WHEN 'SEP' THEN '09' WHEN 'OCTOBER' THEN '10' WHEN 'OCT' THEN '10' WHEN 'NOVEMBER' THEN '11' WHEN 'NOV' THEN '11' WHEN 'DECEMBER' THEN '12' WHEN 'DEC' THEN '12' ELSE 'zz' END AS mm,
               CASE WHEN CASE WHEN TRIM(CAST(a.year_answer AS TEXT)) ~ '^-?[0-9]{1,9}$' THEN CAST(TRIM(CAST(a.year_answer AS TEXT)) AS INTEGER) END BETWEEN 1000 AND 9999
                    THEN CAST(CASE WHEN TRIM(CAST(a.year_answer AS TEXT)) ~ '^-?[0-9]{1,9}$' THEN CAST(TRIM(CAST(a.year_answer AS TEXT)) AS INTEGER) END AS VARCHAR(4)) ELSE 'zzzz' END AS yyyy
        FROM answers a
    ),
    ssd_bridge_fill ("lapp_table_id", "lapp_person_id", "lapp_previous_permanence_option", "lapp_previous_permanence_la", "lapp_previous_permanence_order_date") AS (
    SELECT
        CAST(p.FACT_FORM_ID AS VARCHAR(48)),
        CAST(p.DIM_PERSON_ID AS VARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(p.option_answer)), 200), ''),
        NULLIF(LEFT(LTRIM(RTRIM(p.la_answer)), 100), ''),
        CASE WHEN p.day_answer IS NOT NULL OR p.month_answer IS NOT NULL OR p.year_answer IS NOT NULL
             THEN CONCAT(p.dd, '/', p.mm, '/', p.yyyy) END
    FROM parts p
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(p.DIM_PERSON_ID AS VARCHAR(48)))
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
