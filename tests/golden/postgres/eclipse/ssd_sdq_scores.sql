DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_sdq_scores'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_sdq_scores";
    WITH sdq AS (
        SELECT
            fr.instance_id,
            fr.person_id,
            MAX(fr.submitter_id) AS submitter_id,
            MIN(fr.started_date) AS started_date,
            MAX(fr.completed_date) AS completed_date,
            COALESCE(MAX(CASE WHEN fr.control_no = 1 THEN fr.date_answer END),
                     MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS sdq_date,
            MAX(CASE WHEN fr.control_no = 2 THEN fr.answer END) AS score,
            MAX(CASE WHEN fr.control_no = 3 THEN fr.answer END) AS reason
        FROM (
            SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                f.DATESTARTED AS started_date,
                f.DATECOMPLETED AS completed_date,
                f.ANSWERVALUE AS answer,
                f.DATEANSWERVALUE AS date_answer,
                CASE f.CONTROLNAME WHEN '903Return_dateOfLatestSDQRecord' THEN 1 WHEN 'youngPersonsStrengthsAndDifficultiesQuestionnaireScore' THEN 2 WHEN '903Return_reasonForNotSubmittingStrengthsAndDifficultiesQuestionnaireInPeriod' THEN 3 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN '903RETURN_DATEOFLATESTSDQRECORD' THEN 1 WHEN 'YOUNGPERSONSSTRENGTHSANDDIFFICULTIESQUESTIONNAIRESCORE' THEN 2 WHEN '903RETURN_REASONFORNOTSUBMITTINGSTRENGTHSANDDIFFICULTIESQUESTIONNAIREINPERIOD' THEN 3 END END AS control_no
            FROM "formanswerpersonview" f
            WHERE f.DESIGNGUID = 'fb7f6ffc-e8a1-4b45-8eaa-356a5be33895'
                AND (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE'))
            OFFSET 0
        ) fr
        GROUP BY fr.instance_id, fr.person_id
    ),
    ssd_bridge_fill ("csdq_table_id", "csdq_person_id", "csdq_sdq_completed_date", "csdq_sdq_score", "csdq_sdq_reason", "unreadable__csdq_sdq_score") AS (
    SELECT
        CONCAT(s.person_id, '-', s.instance_id),
        CAST(s.person_id AS VARCHAR(48)),
        COALESCE(s.sdq_date, s.completed_date),
        CASE WHEN TRIM(CAST(s.score AS TEXT)) ~ '^-?[0-9]{1,9}$' THEN CAST(TRIM(CAST(s.score AS TEXT)) AS INTEGER) END,
        CASE UPPER(TRIM(CAST(s.reason AS VARCHAR(4000)))) WHEN 'NO FORM RETURNED AS CHILD WAS AGED UNDER 4 OR OVER 17 AT DATE OF LATEST ASSESSMENT' THEN 'SDQ1' WHEN 'CARER(S) REFUSED TO COMPLETE AND RETURN QUESTIONNAIRE' THEN 'SDQ2' WHEN 'NOT POSSIBLE TO COMPLETE THE QUESTIONNAIRE DUE TO SEVERITY OF THE CHILD’S DISABILITY' THEN 'SDQ3' WHEN 'NOT POSSIBLE TO COMPLETE THE QUESTIONNAIRE DUE TO SEVERITY OF THE CHILD''S DISABILITY' THEN 'SDQ3' WHEN 'OTHER' THEN 'SDQ4' WHEN 'CHILD OR YOUNG PERSON REFUSES TO ALLOW AN SDQ TO BE COMPLETED' THEN 'SDQ5' END,
        CASE WHEN CASE WHEN TRIM(CAST(s.score AS TEXT)) ~ '^-?[0-9]{1,9}$' THEN CAST(TRIM(CAST(s.score AS TEXT)) AS INTEGER) END IS NULL AND LTRIM(RTRIM(CAST(s.score AS VARCHAR(4000)))) <> '' THEN 1 END
    FROM sdq s
    WHERE COALESCE(s.sdq_date, s.completed_date) >= (CURRENT_DATE - INTERVAL '6 years')
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(s.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("csdq_table_id" AS TEXT) AS "csdq_table_id", CAST("csdq_person_id" AS TEXT) AS "csdq_person_id", CAST("csdq_sdq_completed_date" AS TIMESTAMP) AS "csdq_sdq_completed_date", CAST("csdq_sdq_score" AS INTEGER) AS "csdq_sdq_score", CAST("csdq_sdq_reason" AS TEXT) AS "csdq_sdq_reason", CAST("unreadable__csdq_sdq_score" AS INTEGER) AS "unreadable__csdq_sdq_score"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_sdq_scores" ("csdq_table_id", "csdq_person_id", "csdq_sdq_completed_date", "csdq_sdq_score", "csdq_sdq_reason")
        SELECT CASE WHEN LENGTH("csdq_table_id") > 48 THEN CONCAT(LEFT("csdq_table_id", 47), '…') ELSE "csdq_table_id" END, CASE WHEN LENGTH("csdq_person_id") > 48 THEN CONCAT(LEFT("csdq_person_id", 47), '…') ELSE "csdq_person_id" END, "csdq_sdq_completed_date", "csdq_sdq_score", CASE WHEN LENGTH("csdq_sdq_reason") > 100 THEN CONCAT(LEFT("csdq_sdq_reason", 99), '…') ELSE "csdq_sdq_reason" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' csdq_table_id=', COUNT(*) FILTER (WHERE LENGTH("csdq_table_id") > 48)), ' csdq_table_id=0'), NULLIF(CONCAT(' csdq_person_id=', COUNT(*) FILTER (WHERE LENGTH("csdq_person_id") > 48)), ' csdq_person_id=0'), NULLIF(CONCAT(' csdq_sdq_reason=', COUNT(*) FILTER (WHERE LENGTH("csdq_sdq_reason") > 100)), ' csdq_sdq_reason=0')), CONCAT('', NULLIF(CONCAT(' csdq_sdq_score=', COUNT(*) FILTER (WHERE "unreadable__csdq_sdq_score" = 1)), ' csdq_sdq_score=0')) INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_sdq_scores', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_sdq_scores', cuts; END IF;
    IF unread <> '' THEN RAISE NOTICE 'ssd-bridge unreadable: %:%', 'ssd_sdq_scores', unread; END IF;
END $$;
-- ssd-bridge: end of batch
