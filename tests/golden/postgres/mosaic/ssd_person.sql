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
    WITH cohort AS (
        SELECT r.PERSON_ID AS person_id FROM "dm_cin_referrals" r
        WHERE r.REFERRAL_DATE <= CURRENT_DATE AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
        UNION
        SELECT pc.PERSON_ID FROM "dm_periods_of_care" pc
        WHERE pc.START_DATE <= CURRENT_DATE AND (pc.END_DATE IS NULL OR pc.END_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
        UNION
        SELECT rg.PERSON_ID FROM "dm_registrations" rg
        WHERE UPPER(TRIM(CAST(rg.IS_CHILD_PROTECTION_PLAN AS VARCHAR(4000)))) = 'Y' AND rg.REGISTRATION_START_DATE <= CURRENT_DATE AND (rg.DEREGISTRATION_DATE IS NULL OR rg.DEREGISTRATION_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
        UNION
        SELECT fl.PERSON_ID FROM "dm_former_looked_after" fl
        WHERE fl.DATE_OF_SITUATION >= (CURRENT_DATE - INTERVAL '6 years')
    ),
    identity_now AS (
        -- the gender identity recorded for today; the latest start wins if records overlap
        SELECT gi.PERSON_ID AS person_id, gi.GENDER_CODE AS gender_code,
               ROW_NUMBER() OVER (PARTITION BY gi.PERSON_ID ORDER BY gi.START_DATE DESC) AS rn
        FROM "mo_person_gender_identities" gi
        WHERE gi.START_DATE <= CURRENT_DATE AND (gi.END_DATE IS NULL OR gi.END_DATE >= CURRENT_DATE)
    ),
    ethnicities AS (
        -- one CBDS code per Mosaic code, so a repeated lookup row cannot duplicate a child
        SELECT et.ETHNICITY_CODE AS code, MAX(et.CBDS_ETHNICITY_CODE) AS cbds
        FROM "dm_ethnicities" et
        GROUP BY et.ETHNICITY_CODE
    ),
    mothers AS (
        SELECT DISTINCT pr.PERSON_ID AS person_id
        FROM "dm_personal_relationships" pr
        WHERE UPPER(TRIM(CAST(pr.IS_MOTHER AS VARCHAR(4000)))) = 'Y' AND pr.START_DATE <= CURRENT_DATE AND (pr.END_DATE IS NULL OR pr.END_DATE >= CURRENT_DATE)
    ),
    people AS (
        SELECT pd.PERSON_ID, pd.UPN_ID, pd.FIRST_NAMES, pd.LAST_NAME, pd.GENDER, pd.FULL_ETHNICITY_CODE, pd.DATE_OF_BIRTH,
               pd.NHS_ID, pd.DATE_OF_DEATH, pd.COUNTRY_OF_BIRTH_CODE, CASE WHEN TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END AS dob
        FROM "dm_persons" pd
        WHERE pd.PERSON_ID IN (SELECT c.person_id FROM cohort c)
        OFFSET 0
    ),
    ssd_bridge_fill ("pers_legacy_id", "pers_person_id", "pers_upn", "pers_forename", "pers_surname", "pers_sex", "pers_gender", "pers_ethnicity", "pers_dob", "pers_single_unique_id", "pers_upn_unknown", "pers_send_flag", "pers_expected_dob", "pers_death_date", "pers_is_mother", "pers_nationality", "unreadable__pers_dob") AS (
    SELECT
        NULL,  -- pers_legacy_id: the Mosaic data mart holds no legacy (pre-Mosaic) id
        CAST(p.PERSON_ID AS VARCHAR(48)),
        LEFT(LTRIM(RTRIM(p.UPN_ID)), 13),
        p.FIRST_NAMES,
        p.LAST_NAME,
        -- sex as the payload's M/F/U code, not the reference_data description text
        CASE UPPER(LTRIM(RTRIM(p.GENDER))) WHEN 'M' THEN 'M' WHEN 'MALE' THEN 'M' WHEN 'F' THEN 'F' WHEN 'FEMALE' THEN 'F' ELSE 'U' END,
        LEFT(g.gender_code, 10),
        e.cbds,
        CASE WHEN p.dob <= CURRENT_DATE THEN p.dob END,
        LEFT(LTRIM(RTRIM(p.NHS_ID)), 48),
        NULL,  -- pers_upn_unknown: Mosaic's data mart has no UN1-UN10 reason
        NULL,  -- pers_send_flag: not held in the data mart
        CASE WHEN p.dob > CURRENT_DATE THEN p.dob END,
        p.DATE_OF_DEATH,
        CASE WHEN UPPER(TRIM(CAST(p.GENDER AS VARCHAR(4000)))) IN ('F', 'FEMALE') THEN CASE WHEN mo.person_id IS NULL THEN 'N' ELSE 'Y' END END,
        LEFT(p.COUNTRY_OF_BIRTH_CODE, 48),
        CASE WHEN p.dob IS NULL AND LTRIM(RTRIM(CAST(p.DATE_OF_BIRTH AS VARCHAR(4000)))) <> '' THEN 1 END
    FROM people p
    LEFT JOIN ethnicities e ON e.code = p.FULL_ETHNICITY_CODE
    LEFT JOIN identity_now g ON g.person_id = p.PERSON_ID AND g.rn = 1
    LEFT JOIN mothers mo ON mo.person_id = p.PERSON_ID
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
