
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_contacts'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_contacts";
    WITH contacts AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 1 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(fr.answer AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(fr.answer AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(fr.answer AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS contact_date,
                MAX(CASE WHEN fr.control_no = 2 THEN fr.answer END) AS contact_by
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.CONTROLNAME WHEN 'icContactDate' THEN 1 WHEN 'icContactBy' THEN 2 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN 'ICCONTACTDATE' THEN 1 WHEN 'ICCONTACTBY' THEN 2 END END AS control_no
                FROM "formanswerpersonview" f
                WHERE f.DESIGNGUID = '8fae4e1f-344b-4c08-93ba-8b344513198c'
                    AND (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE'))
                OFFSET 0
            ) fr
            GROUP BY fr.instance_id, fr.person_id
    ),
    keyed AS (
        SELECT CONCAT(CAST(c.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY c.instance_id) > 1
        THEN CONCAT('-', CAST(c.person_id AS VARCHAR(48))) ELSE '' END) AS contact_key, c.person_id, c.contact_date, c.contact_by
        FROM contacts c
        WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(c.person_id AS VARCHAR(48)))
    ),
    ssd_bridge_fill ("cont_contact_id", "cont_person_id", "cont_contact_date", "cont_contact_source_code", "cont_contact_source_desc", "cont_contact_outcome_json") AS (
    SELECT
        k.contact_key,
        CAST(k.person_id AS VARCHAR(48)),
        k.contact_date,
        CASE UPPER(TRIM(CAST(k.contact_by AS VARCHAR(4000)))) WHEN 'ACQUAINTANCE' THEN 'INDACQ' WHEN 'A & E' THEN 'HSERVAE' WHEN 'ANONYMOUS' THEN 'ANON' WHEN 'EDUCATION SERVICES' THEN 'EDUSERV' WHEN 'EXTERNAL E.G. FROM ANOTHER LOCAL AUTHORITY' THEN 'LASERVEXT' WHEN 'FAMILY MEMBER/RELATIVE/CARER' THEN 'INDFRC' WHEN 'GP' THEN 'HSERVGP' WHEN 'HEALTH VISITOR' THEN 'HSERVHVSTR' WHEN 'HOUSING' THEN 'HOUSLA' WHEN 'OTHER' THEN 'OTHER' WHEN 'OTHER HEALTH SERVICES' THEN 'HSERVOTHR' WHEN 'OTHER - INCLUDING CHILDREN CENTRES' THEN 'OTHER' WHEN 'OTHER INTERNAL E,G, BC COUNCIL' THEN 'LASERVOINT' WHEN 'OTHER LEGAL AGENCY' THEN 'OTHERLEG' WHEN 'OTHER PRIMARY HEALTH SERVICES' THEN 'HSERVPHSERV' WHEN 'POLICE' THEN 'POLICE' WHEN 'SCHOOL' THEN 'SCHOOLS' WHEN 'SCHOOL NURSE' THEN 'HSERVSNRSE' WHEN 'SELF' THEN 'INDSELF' WHEN 'SOCIAL CARE E.G. ADULT SOCIAL CARE' THEN 'LASERVSCR' WHEN 'UNKNOWN' THEN 'UNKNOWN' END,
        LEFT(k.contact_by, 255),
        NULL
    FROM keyed k
    WHERE k.contact_date >= (CURRENT_DATE - INTERVAL '6 years')
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("cont_contact_id" AS TEXT) AS "cont_contact_id", CAST("cont_person_id" AS TEXT) AS "cont_person_id", CAST("cont_contact_date" AS TIMESTAMP) AS "cont_contact_date", CAST("cont_contact_source_code" AS TEXT) AS "cont_contact_source_code", CAST("cont_contact_source_desc" AS TEXT) AS "cont_contact_source_desc", CAST("cont_contact_outcome_json" AS TEXT) AS "cont_contact_outcome_json"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_contacts" ("cont_contact_id", "cont_person_id", "cont_contact_date", "cont_contact_source_code", "cont_contact_source_desc", "cont_contact_outcome_json")
        SELECT CASE WHEN LENGTH("cont_contact_id") > 48 THEN CONCAT(LEFT("cont_contact_id", 47), '…') ELSE "cont_contact_id" END, CASE WHEN LENGTH("cont_person_id") > 48 THEN CONCAT(LEFT("cont_person_id", 47), '…') ELSE "cont_person_id" END, "cont_contact_date", CASE WHEN LENGTH("cont_contact_source_code") > 48 THEN CONCAT(LEFT("cont_contact_source_code", 47), '…') ELSE "cont_contact_source_code" END, CASE WHEN LENGTH("cont_contact_source_desc") > 255 THEN CONCAT(LEFT("cont_contact_source_desc", 254), '…') ELSE "cont_contact_source_desc" END, CASE WHEN LENGTH("cont_contact_outcome_json") > 4000 THEN CONCAT(LEFT("cont_contact_outcome_json", 3999), '…') ELSE "cont_contact_outcome_json" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' cont_contact_id=', COUNT(*) FILTER (WHERE LENGTH("cont_contact_id") > 48)), ' cont_contact_id=0'), NULLIF(CONCAT(' cont_person_id=', COUNT(*) FILTER (WHERE LENGTH("cont_person_id") > 48)), ' cont_person_id=0'), NULLIF(CONCAT(' cont_contact_source_code=', COUNT(*) FILTER (WHERE LENGTH("cont_contact_source_code") > 48)), ' cont_contact_source_code=0'), NULLIF(CONCAT(' cont_contact_source_desc=', COUNT(*) FILTER (WHERE LENGTH("cont_contact_source_desc") > 255)), ' cont_contact_source_desc=0'), NULLIF(CONCAT(' cont_contact_outcome_json=', COUNT(*) FILTER (WHERE LENGTH("cont_contact_outcome_json") > 4000)), ' cont_contact_outcome_json=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_contacts', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_contacts', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
