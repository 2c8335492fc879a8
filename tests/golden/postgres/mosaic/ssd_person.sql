DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_person'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_person";
    WITH cohort AS (
        SELECT r.PERSON_ID AS person_id FROM "dm_cin_referrals" r
        WHERE r.REFERRAL_DATE <= CURRENT_DATE AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
        UNION
        SELECT pc.PERSON_ID FROM "dm_periods_of_care" pc
        WHERE pc.START_DATE <= CURRENT_DATE AND (pc.END_DATE IS NULL OR pc.END_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
        UNION
        SELECT rg.PERSON_ID FROM "dm_registrations" rg
        WHERE rg.IS_CHILD_PROTECTION_PLAN = 'Y' AND rg.REGISTRATION_START_DATE <= CURRENT_DATE AND (rg.DEREGISTRATION_DATE IS NULL OR rg.DEREGISTRATION_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
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
        WHERE pr.IS_MOTHER = 'Y' AND pr.START_DATE <= CURRENT_DATE AND (pr.END_DATE IS NULL OR pr.END_DATE >= CURRENT_DATE)
    )
    INSERT INTO "ssd"."ssd_person" ("pers_legacy_id", "pers_person_id", "pers_upn", "pers_forename", "pers_surname", "pers_sex", "pers_gender", "pers_ethnicity", "pers_dob", "pers_single_unique_id", "pers_upn_unknown", "pers_send_flag", "pers_expected_dob", "pers_death_date", "pers_is_mother", "pers_nationality")
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
        CASE WHEN p.DATE_OF_BIRTH <= CURRENT_DATE THEN p.DATE_OF_BIRTH END,
        LEFT(LTRIM(RTRIM(p.NHS_ID)), 48),
        NULL,  -- pers_upn_unknown: Mosaic's data mart has no UN1-UN10 reason
        NULL,  -- pers_send_flag: not held in the data mart
        CASE WHEN p.DATE_OF_BIRTH > CURRENT_DATE THEN p.DATE_OF_BIRTH END,
        p.DATE_OF_DEATH,
        CASE WHEN UPPER(p.GENDER) IN ('F', 'FEMALE') THEN CASE WHEN mo.person_id IS NULL THEN 'N' ELSE 'Y' END END,
        LEFT(p.COUNTRY_OF_BIRTH_CODE, 48)
    FROM "dm_persons" p
    LEFT JOIN ethnicities e ON e.code = p.FULL_ETHNICITY_CODE
    LEFT JOIN identity_now g ON g.person_id = p.PERSON_ID AND g.rn = 1
    LEFT JOIN mothers mo ON mo.person_id = p.PERSON_ID
    WHERE p.PERSON_ID IN (SELECT c.person_id FROM cohort c);
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_person', loaded;
END $$;

-- ssd-bridge: end of batch
