DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_person'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_person";
    WITH upn AS (
        SELECT ux.person_id, ux.upn
        FROM (
            SELECT r.PERSONID AS person_id, LEFT(LTRIM(RTRIM(r.REFERENCENUMBER)), 13) AS upn,
                ROW_NUMBER() OVER (PARTITION BY r.PERSONID ORDER BY
                    CASE WHEN r.ENDDATE IS NULL THEN 0 ELSE 1 END, r.ENDDATE DESC,
                    CASE WHEN r.STARTDATE IS NULL THEN 1 ELSE 0 END, r.STARTDATE DESC, r.REFERENCENUMBER) AS pick
            FROM "referencenumberpersonview" r
            WHERE UPPER(TRIM(CAST(r.REFERENCETYPECODE AS VARCHAR(4000)))) = 'UPN'
                AND r.REFERENCENUMBER IS NOT NULL
        ) ux
        WHERE ux.pick = 1
    ),
    unknown_reason AS (
        SELECT uk.person_id, uk.code
        FROM (
            SELECT c.PERSONID AS person_id, UPPER(LTRIM(RTRIM(cl.CODE))) AS code,
                ROW_NUMBER() OVER (PARTITION BY c.PERSONID ORDER BY c.STARTDATE DESC, c.CLASSIFICATIONASSIGNMENTID DESC) AS pick
            FROM "classificationpersonview" c
            JOIN "classification" cl ON cl.ID = c.CLASSIFICATIONCODEID
            WHERE cl.CLASSIFICATION_GROUP_FK = 2
                AND UPPER(TRIM(CAST(cl.CODE AS VARCHAR(4000)))) IN ('UN1', 'UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7', 'UN8', 'UN9', 'UN10')
                AND (c.STATUS IS NULL OR NOT UPPER(TRIM(CAST(c.STATUS AS VARCHAR(4000)))) = 'DELETED')
                AND (c.ENDDATE IS NULL OR c.ENDDATE >= CURRENT_DATE)
        ) uk
        WHERE uk.pick = 1
    ),active AS (
        SELECT ca.PERSONID AS person_id
        FROM "classificationpersonview" ca
        WHERE (ca.STATUS IS NULL OR NOT UPPER(TRIM(CAST(ca.STATUS AS VARCHAR(4000)))) = 'DELETED')
            AND ((ca.CLASSIFICATIONPATHID IN (4, 51, 23, 10) OR ca.CLASSIFICATIONCODEID IN (1270))
                OR (ca.CLASSIFICATIONPATHID IN (4) OR ca.CLASSIFICATIONCODEID IN (1270)))
            AND (ca.ENDDATE IS NULL OR ca.ENDDATE >= (CURRENT_DATE - INTERVAL '6 years'))
        UNION
        SELECT eoc.PERSONID FROM "claepisodeofcareview" eoc
        WHERE (eoc.EOCENDDATE IS NULL OR eoc.EOCENDDATE >= (CURRENT_DATE - INTERVAL '6 years'))
        UNION
        SELECT cl.PERSONID FROM "clacareleaverdetailsview" cl
        WHERE cl.CONTACTDATE >= (CURRENT_DATE - INTERVAL '6 years')
        UNION
        SELECT rp.PERSONID FROM "relationshipprofessionalview" rp
        WHERE UPPER(TRIM(CAST(rp.ALLOCATEDWORKERCODE AS VARCHAR(4000)))) = 'AW'
            AND (rp.CLOSEDATE IS NULL OR rp.CLOSEDATE >= (CURRENT_DATE - INTERVAL '6 years'))
        UNION
        SELECT rf.ANSWERFORSUBJECTID FROM "formanswerpersonview" rf
        WHERE rf.DESIGNGUID = 'e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f'
            AND (rf.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(rf.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE')) AND rf.DATECOMPLETED >= (CURRENT_DATE - INTERVAL '6 years')
    ),
    uasc AS (
        SELECT DISTINCT ua.PERSONID AS person_id
        FROM "classificationpersonview" ua
        WHERE ua.CLASSIFICATIONCODEID = 423
            AND (ua.STATUS IS NULL OR NOT UPPER(TRIM(CAST(ua.STATUS AS VARCHAR(4000)))) = 'DELETED') AND (ua.ENDDATE IS NULL OR ua.ENDDATE >= CURRENT_DATE)
    ),parents AS (
        SELECT ra.ROLE_A_PERSON_FK AS person_id, ka.DATEOFBIRTH AS other_dob
        FROM "person_per_relationship" ra
        JOIN "personview" ka ON ka.PERSONID = ra.ROLE_B_PERSON_FK
        WHERE ra.PERSON_PER_REL_TYPE_FK = 17
        UNION ALL
        SELECT rb.ROLE_B_PERSON_FK, kb.DATEOFBIRTH
        FROM "person_per_relationship" rb
        JOIN "personview" kb ON kb.PERSONID = rb.ROLE_A_PERSON_FK
        WHERE rb.PERSON_PER_REL_TYPE_FK = 17
    ),
    mothers AS (
        SELECT DISTINCT pa.person_id
        FROM parents pa
        JOIN "persondemographicsview" pm ON pm.PERSONID = pa.person_id
        WHERE UPPER(TRIM(CAST(pm.SEX AS VARCHAR(4000)))) = 'FEMALE' AND pa.other_dob >= CASE WHEN TRIM(CAST(pm.DATEOFBIRTH AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(pm.DATEOFBIRTH AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(pm.DATEOFBIRTH AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(pm.DATEOFBIRTH AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(pm.DATEOFBIRTH AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(pm.DATEOFBIRTH AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(pm.DATEOFBIRTH AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(pm.DATEOFBIRTH AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(pm.DATEOFBIRTH AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(pm.DATEOFBIRTH AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(pm.DATEOFBIRTH AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(pm.DATEOFBIRTH AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END
    ),
    people AS (
        SELECT pd.PERSONID, pd.CAREFIRSTID, pd.FORENAME, pd.SURNAME, pd.SEX, pd.GENDER, pd.ETHNICITYCODE, pd.DATEOFBIRTH,
            pd.NHSNUMBER, pd.DUEDATE, pd.DIEDDATE, pd.COUNTRYOFBIRTHCODE, CASE WHEN TRIM(CAST(pd.DATEOFBIRTH AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(pd.DATEOFBIRTH AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(pd.DATEOFBIRTH AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(pd.DATEOFBIRTH AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(pd.DATEOFBIRTH AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(pd.DATEOFBIRTH AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(pd.DATEOFBIRTH AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(pd.DATEOFBIRTH AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(pd.DATEOFBIRTH AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(pd.DATEOFBIRTH AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(pd.DATEOFBIRTH AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(pd.DATEOFBIRTH AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END AS dob
        FROM "persondemographicsview" pd
        JOIN "personview" pv ON pv.PERSONID = pd.PERSONID
        JOIN active ON active.person_id = pd.PERSONID
        WHERE COALESCE(pv.DUPLICATED, '') <> 'DUPLICATE'
            AND UPPER(COALESCE(pv.FORENAME, '')) NOT LIKE '%DUPLICATE%'
            AND UPPER(COALESCE(pv.SURNAME, '')) NOT LIKE '%DUPLICATE%'
            AND pd.PERSONID NOT IN (1, 2, 3, 4, 5, 6)
        OFFSET 0
    ),
    ssd_bridge_fill ("pers_legacy_id", "pers_person_id", "pers_upn", "pers_forename", "pers_surname", "pers_sex", "pers_gender", "pers_ethnicity", "pers_dob", "pers_single_unique_id", "pers_upn_unknown", "pers_send_flag", "pers_expected_dob", "pers_death_date", "pers_is_mother", "pers_nationality", "unreadable__pers_dob") AS (
    SELECT
        p.CAREFIRSTID,
        CAST(p.PERSONID AS VARCHAR(48)),
        upn.upn,
        p.FORENAME,
        p.SURNAME,
        CASE WHEN UPPER(TRIM(CAST(p.SEX AS VARCHAR(4000)))) = 'MALE' THEN 'M' WHEN UPPER(TRIM(CAST(p.SEX AS VARCHAR(4000)))) = 'FEMALE' THEN 'F' ELSE 'U' END,
        CASE WHEN p.GENDER IS NULL THEN '00' WHEN UPPER(TRIM(CAST(p.GENDER AS VARCHAR(4000)))) = 'MAN' THEN '01' WHEN UPPER(TRIM(CAST(p.GENDER AS VARCHAR(4000)))) = 'WOMAN' THEN '02' ELSE '09' END,    COALESCE(CASE WHEN UPPER(TRIM(CAST(p.ETHNICITYCODE AS VARCHAR(4000)))) IN ('ABAN', 'AIND', 'AOTH', 'APKN', 'BAFR', 'BCRB', 'BOTH', 'CHNE', 'MOTH', 'MWAS', 'MWBA', 'MWBC', 'NOBT', 'OOTH', 'REFU', 'WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM', 'ORAB') THEN UPPER(LTRIM(RTRIM(p.ETHNICITYCODE)))
        ELSE CASE UPPER(TRIM(CAST(p.ETHNICITYCODE AS VARCHAR(4000)))) WHEN 'ARAB' THEN 'ORAB' WHEN 'BANGLADESHI' THEN 'ABAN' WHEN 'INDIAN' THEN 'AIND' WHEN 'OTHER_ASIAN' THEN 'AOTH' WHEN 'ENG_SCOT_TRAVELLER' THEN 'AOTH' WHEN 'PAKISTANI' THEN 'APKN' WHEN 'AFRICAN' THEN 'BAFR' WHEN 'BLACK_AFRICAN' THEN 'BAFR' WHEN 'BLACK_CARIBBEAN' THEN 'BCRB' WHEN 'CARIBBEAN' THEN 'BCRB' WHEN 'OTHER_BLACK' THEN 'BOTH' WHEN 'OTHER_AFRICAN' THEN 'BOTH' WHEN 'CHINESE' THEN 'CHNE' WHEN 'OTHER_MIXED' THEN 'MOTH' WHEN 'WHITE_AND_ASIAN' THEN 'MWAS' WHEN 'WHITE_AND_BLACK_AFRICAN' THEN 'MWBA' WHEN 'WHITE_AND_BLACK_CARIBBEAN' THEN 'MWBC' WHEN 'NOT_KNOWN' THEN 'NOBT' WHEN 'OTHER_ETHNIC' THEN 'OOTH' WHEN 'REFUSED' THEN 'REFU' WHEN 'WHITE_BRITISH' THEN 'WBRI' WHEN 'WHITE_NORTHERNIRISH' THEN 'WBRI' WHEN 'WHITE_SCOTTISH' THEN 'WBRI' WHEN 'WHITE_WELSH' THEN 'WBRI' WHEN 'WHITE_IRISH' THEN 'WIRI' WHEN 'IRISHTRAVELLER' THEN 'WIRT' WHEN 'OTHER_WHITE_ORIGIN' THEN 'WOTH' WHEN 'WHITE_POLISH' THEN 'WOTH' WHEN 'GYPSY' THEN 'WROM' WHEN 'TRAVELLER' THEN 'WROM' WHEN 'ROMA' THEN 'WROM' END END, 'NOBT'),
        p.dob,
        p.NHSNUMBER,    CASE WHEN upn.upn IS NOT NULL THEN NULL ELSE COALESCE(
            unknown_reason.code,
            CASE WHEN (p.DIEDDATE IS NULL AND p.dob > (CURRENT_DATE - INTERVAL '5 years'))
                OR (p.DIEDDATE IS NOT NULL AND p.DIEDDATE < (p.dob + 1826 * INTERVAL '1 day')) THEN 'UN1' END,
            CASE WHEN uasc.person_id IS NOT NULL THEN 'UN2' END)
        END,
        NULL,    CASE WHEN p.DATEOFBIRTH IS NULL THEN p.DUEDATE END,
        p.DIEDDATE,
        CASE WHEN mothers.person_id IS NOT NULL THEN 'Y' ELSE 'N' END,
        p.COUNTRYOFBIRTHCODE,
        CASE WHEN p.dob IS NULL AND LTRIM(RTRIM(CAST(p.DATEOFBIRTH AS VARCHAR(4000)))) <> '' THEN 1 END
    FROM people p
    LEFT JOIN upn ON upn.person_id = p.PERSONID
    LEFT JOIN unknown_reason ON unknown_reason.person_id = p.PERSONID
    LEFT JOIN uasc ON uasc.person_id = p.PERSONID
    LEFT JOIN mothers ON mothers.person_id = p.PERSONID
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("pers_legacy_id" AS TEXT) AS "pers_legacy_id", CAST("pers_person_id" AS TEXT) AS "pers_person_id", CAST("pers_upn" AS TEXT) AS "pers_upn", CAST("pers_forename" AS TEXT) AS "pers_forename", CAST("pers_surname" AS TEXT) AS "pers_surname", CAST("pers_sex" AS TEXT) AS "pers_sex", CAST("pers_gender" AS TEXT) AS "pers_gender", CAST("pers_ethnicity" AS TEXT) AS "pers_ethnicity", CAST("pers_dob" AS TIMESTAMP) AS "pers_dob", CAST("pers_single_unique_id" AS TEXT) AS "pers_single_unique_id", CAST("pers_upn_unknown" AS TEXT) AS "pers_upn_unknown", CAST("pers_send_flag" AS TEXT) AS "pers_send_flag", CAST("pers_expected_dob" AS TIMESTAMP) AS "pers_expected_dob", CAST("pers_death_date" AS TIMESTAMP) AS "pers_death_date", CAST("pers_is_mother" AS TEXT) AS "pers_is_mother", CAST("pers_nationality" AS TEXT) AS "pers_nationality", CAST("unreadable__pers_dob" AS INTEGER) AS "unreadable__pers_dob"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_person" ("pers_legacy_id", "pers_person_id", "pers_upn", "pers_forename", "pers_surname", "pers_sex", "pers_gender", "pers_ethnicity", "pers_dob", "pers_single_unique_id", "pers_upn_unknown", "pers_send_flag", "pers_expected_dob", "pers_death_date", "pers_is_mother", "pers_nationality")
        SELECT CASE WHEN LENGTH("pers_legacy_id") > 48 THEN CONCAT(LEFT("pers_legacy_id", 47), '…') ELSE "pers_legacy_id" END, CASE WHEN LENGTH("pers_person_id") > 48 THEN CONCAT(LEFT("pers_person_id", 47), '…') ELSE "pers_person_id" END, CASE WHEN LENGTH("pers_upn") > 13 THEN CONCAT(LEFT("pers_upn", 12), '…') ELSE "pers_upn" END, CASE WHEN LENGTH("pers_forename") > 100 THEN CONCAT(LEFT("pers_forename", 99), '…') ELSE "pers_forename" END, CASE WHEN LENGTH("pers_surname") > 255 THEN CONCAT(LEFT("pers_surname", 254), '…') ELSE "pers_surname" END, CASE WHEN LENGTH("pers_sex") > 20 THEN CONCAT(LEFT("pers_sex", 19), '…') ELSE "pers_sex" END, CASE WHEN LENGTH("pers_gender") > 10 THEN CONCAT(LEFT("pers_gender", 9), '…') ELSE "pers_gender" END, CASE WHEN LENGTH("pers_ethnicity") > 48 THEN CONCAT(LEFT("pers_ethnicity", 47), '…') ELSE "pers_ethnicity" END, "pers_dob", CASE WHEN LENGTH("pers_single_unique_id") > 48 THEN CONCAT(LEFT("pers_single_unique_id", 47), '…') ELSE "pers_single_unique_id" END, CASE WHEN LENGTH("pers_upn_unknown") > 6 THEN CONCAT(LEFT("pers_upn_unknown", 5), '…') ELSE "pers_upn_unknown" END, CASE WHEN LENGTH("pers_send_flag") > 5 THEN CONCAT(LEFT("pers_send_flag", 4), '…') ELSE "pers_send_flag" END, "pers_expected_dob", "pers_death_date", CASE WHEN LENGTH("pers_is_mother") > 1 THEN CONCAT(LEFT("pers_is_mother", 0), '…') ELSE "pers_is_mother" END, CASE WHEN LENGTH("pers_nationality") > 48 THEN CONCAT(LEFT("pers_nationality", 47), '…') ELSE "pers_nationality" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' pers_legacy_id=', COUNT(*) FILTER (WHERE LENGTH("pers_legacy_id") > 48)), ' pers_legacy_id=0'), NULLIF(CONCAT(' pers_person_id=', COUNT(*) FILTER (WHERE LENGTH("pers_person_id") > 48)), ' pers_person_id=0'), NULLIF(CONCAT(' pers_upn=', COUNT(*) FILTER (WHERE LENGTH("pers_upn") > 13)), ' pers_upn=0'), NULLIF(CONCAT(' pers_forename=', COUNT(*) FILTER (WHERE LENGTH("pers_forename") > 100)), ' pers_forename=0'), NULLIF(CONCAT(' pers_surname=', COUNT(*) FILTER (WHERE LENGTH("pers_surname") > 255)), ' pers_surname=0'), NULLIF(CONCAT(' pers_sex=', COUNT(*) FILTER (WHERE LENGTH("pers_sex") > 20)), ' pers_sex=0'), NULLIF(CONCAT(' pers_gender=', COUNT(*) FILTER (WHERE LENGTH("pers_gender") > 10)), ' pers_gender=0'), NULLIF(CONCAT(' pers_ethnicity=', COUNT(*) FILTER (WHERE LENGTH("pers_ethnicity") > 48)), ' pers_ethnicity=0'), NULLIF(CONCAT(' pers_single_unique_id=', COUNT(*) FILTER (WHERE LENGTH("pers_single_unique_id") > 48)), ' pers_single_unique_id=0'), NULLIF(CONCAT(' pers_upn_unknown=', COUNT(*) FILTER (WHERE LENGTH("pers_upn_unknown") > 6)), ' pers_upn_unknown=0'), NULLIF(CONCAT(' pers_send_flag=', COUNT(*) FILTER (WHERE LENGTH("pers_send_flag") > 5)), ' pers_send_flag=0'), NULLIF(CONCAT(' pers_is_mother=', COUNT(*) FILTER (WHERE LENGTH("pers_is_mother") > 1)), ' pers_is_mother=0'), NULLIF(CONCAT(' pers_nationality=', COUNT(*) FILTER (WHERE LENGTH("pers_nationality") > 48)), ' pers_nationality=0')), CONCAT('', NULLIF(CONCAT(' pers_dob=', COUNT(*) FILTER (WHERE "unreadable__pers_dob" = 1)), ' pers_dob=0')) INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_person', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_person', cuts; END IF;
    IF unread <> '' THEN RAISE NOTICE 'ssd-bridge unreadable: %:%', 'ssd_person', unread; END IF;
END $$;
-- ssd-bridge: end of batch
