
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_contacts'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_contacts";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_contacts" ("cont_contact_id" TEXT, "cont_person_id" TEXT, "cont_contact_date" TIMESTAMP, "cont_contact_source_code" TEXT, "cont_contact_source_desc" TEXT, "cont_contact_outcome_json" TEXT);
    WITH contacts AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = 'icContactDate' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = 'icContactDate' THEN CASE WHEN TRIM(CAST(f.ANSWERVALUE AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(f.ANSWERVALUE AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(f.ANSWERVALUE AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(f.ANSWERVALUE AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(f.ANSWERVALUE AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(f.ANSWERVALUE AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(f.ANSWERVALUE AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(f.ANSWERVALUE AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(f.ANSWERVALUE AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END END)) AS contact_date,
                MAX(CASE WHEN f.CONTROLNAME = 'icContactBy' THEN f.ANSWERVALUE END) AS contact_by
            FROM "formanswerpersonview" f
            WHERE f.DESIGNGUID = '8fae4e1f-344b-4c08-93ba-8b344513198c'
                AND f.INSTANCESTATE = 'COMPLETE'
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    keyed AS (
        SELECT CONCAT(CAST(c.instance_id AS VARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY c.instance_id) > 1
        THEN CONCAT('-', CAST(c.person_id AS VARCHAR(48))) ELSE '' END) AS contact_key, c.person_id, c.contact_date, c.contact_by
        FROM contacts c
        WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(c.person_id AS VARCHAR(48)))
    )
    INSERT INTO pg_temp."ssd_load_ssd_contacts" ("cont_contact_id", "cont_person_id", "cont_contact_date", "cont_contact_source_code", "cont_contact_source_desc", "cont_contact_outcome_json")
    SELECT
        k.contact_key,
        CAST(k.person_id AS VARCHAR(48)),
        k.contact_date,
        CASE WHEN k.contact_by = 'Acquaintance' THEN 'INDACQ' WHEN k.contact_by = 'A & E' THEN 'HSERVAE' WHEN k.contact_by = 'Anonymous' THEN 'ANON' WHEN k.contact_by = 'Education Services' THEN 'EDUSERV' WHEN k.contact_by = 'External e.g. from another local authority' THEN 'LASERVEXT' WHEN k.contact_by = 'Family Member/Relative/Carer' THEN 'INDFRC' WHEN k.contact_by = 'GP' THEN 'HSERVGP' WHEN k.contact_by = 'Health Visitor' THEN 'HSERVHVSTR' WHEN k.contact_by = 'Housing' THEN 'HOUSLA' WHEN k.contact_by = 'Other' THEN 'OTHER' WHEN k.contact_by = 'Other Health Services' THEN 'HSERVOTHR' WHEN k.contact_by = 'Other - including children centres' THEN 'OTHER' WHEN k.contact_by = 'Other internal e,g, BC Council' THEN 'LASERVOINT' WHEN k.contact_by = 'Other Legal Agency' THEN 'OTHERLEG' WHEN k.contact_by = 'Other Primary Health Services' THEN 'HSERVPHSERV' WHEN k.contact_by = 'Police' THEN 'POLICE' WHEN k.contact_by = 'School' THEN 'SCHOOLS' WHEN k.contact_by = 'School Nurse' THEN 'HSERVSNRSE' WHEN k.contact_by = 'Self' THEN 'INDSELF' WHEN k.contact_by = 'Social care e.g. adult social care' THEN 'LASERVSCR' WHEN k.contact_by = 'Unknown' THEN 'UNKNOWN' END,
        LEFT(k.contact_by, 255),
        NULL
    FROM keyed k
    WHERE k.contact_date >= (CURRENT_DATE - INTERVAL '6 years');
    DELETE FROM "ssd"."ssd_contacts";
    INSERT INTO "ssd"."ssd_contacts" ("cont_contact_id", "cont_person_id", "cont_contact_date", "cont_contact_source_code", "cont_contact_source_desc", "cont_contact_outcome_json")
    SELECT CASE WHEN LENGTH("cont_contact_id") > 48 THEN CONCAT(LEFT("cont_contact_id", 47), '…') ELSE "cont_contact_id" END, CASE WHEN LENGTH("cont_person_id") > 48 THEN CONCAT(LEFT("cont_person_id", 47), '…') ELSE "cont_person_id" END, "cont_contact_date", CASE WHEN LENGTH("cont_contact_source_code") > 48 THEN CONCAT(LEFT("cont_contact_source_code", 47), '…') ELSE "cont_contact_source_code" END, CASE WHEN LENGTH("cont_contact_source_desc") > 255 THEN CONCAT(LEFT("cont_contact_source_desc", 254), '…') ELSE "cont_contact_source_desc" END, CASE WHEN LENGTH("cont_contact_outcome_json") > 4000 THEN CONCAT(LEFT("cont_contact_outcome_json", 3999), '…') ELSE "cont_contact_outcome_json" END FROM pg_temp."ssd_load_ssd_contacts";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_contacts', loaded;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    SELECT CONCAT('', NULLIF(CONCAT(' cont_contact_id=', COUNT(*) FILTER (WHERE LENGTH("cont_contact_id") > 48)), ' cont_contact_id=0'), NULLIF(CONCAT(' cont_person_id=', COUNT(*) FILTER (WHERE LENGTH("cont_person_id") > 48)), ' cont_person_id=0'), NULLIF(CONCAT(' cont_contact_source_code=', COUNT(*) FILTER (WHERE LENGTH("cont_contact_source_code") > 48)), ' cont_contact_source_code=0'), NULLIF(CONCAT(' cont_contact_source_desc=', COUNT(*) FILTER (WHERE LENGTH("cont_contact_source_desc") > 255)), ' cont_contact_source_desc=0'), NULLIF(CONCAT(' cont_contact_outcome_json=', COUNT(*) FILTER (WHERE LENGTH("cont_contact_outcome_json") > 4000)), ' cont_contact_outcome_json=0')), '' INTO cuts, unread FROM pg_temp."ssd_load_ssd_contacts";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_contacts', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_contacts";
END $$;
-- ssd-bridge: end of batch
