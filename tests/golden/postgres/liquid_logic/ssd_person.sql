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
    WITH ethnic AS (
        -- one national code per local ethnicity code, so a doubled lookup row cannot double a child
        SELECT e.MAIN_CODE, e.NAT_ID,
               ROW_NUMBER() OVER (PARTITION BY e.MAIN_CODE ORDER BY e.NAT_ID) AS rn
        FROM "hdm"."child_social"."dim_lookup_dfe_ethnic" e
        WHERE e.NAT_ID IS NOT NULL
    ),
    no_upn AS (
        -- the UPN-unknown reason from the SSDA903 data: the highest code recorded for the person
        SELECT f.DIM_PERSON_ID, f.NO_UPN_CODE,
               ROW_NUMBER() OVER (PARTITION BY f.DIM_PERSON_ID ORDER BY f.NO_UPN_CODE DESC) AS rn
        FROM "hdm"."child_social"."fact_903_data" f
        WHERE f.NO_UPN_CODE IS NOT NULL
    ),
    ssd_bridge_fill ("pers_legacy_id", "pers_person_id", "pers_upn", "pers_forename", "pers_surname", "pers_sex", "pers_gender", "pers_ethnicity", "pers_dob", "pers_single_unique_id", "pers_upn_unknown", "pers_send_flag", "pers_expected_dob", "pers_death_date", "pers_is_mother", "pers_nationality") AS (
    SELECT
        CAST(p.LEGACY_ID AS VARCHAR(48)),
        CAST(p.DIM_PERSON_ID AS VARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(p.UPN)), 13), ''),
        LEFT(p.FORENAME, 100),
        LEFT(p.SURNAME, 255),
        LEFT(p.GENDER_MAIN_CODE, 20),
        -- Liquid Logic holds one gender code; the SSD keeps it in both columns
        LEFT(p.GENDER_MAIN_CODE, 10),
        LEFT(eth.NAT_ID, 48),
        CASE WHEN COALESCE(p.DOB_ESTIMATED, 'N') <> 'Y' THEN p.BIRTH_DTTM END,
        -- no single unique id (NHS number) in the mapped sources
        NULL,
        LEFT(nu.NO_UPN_CODE, 6),
        LEFT(p.EHM_SEN_FLAG, 5),
        CASE WHEN UPPER(TRIM(CAST(p.DOB_ESTIMATED AS VARCHAR(4000)))) = 'Y' THEN p.BIRTH_DTTM END,
        p.DEATH_DTTM,
        CASE WHEN COALESCE(p.GENDER_MAIN_CODE, '') <> 'M' AND p.DIM_PERSON_ID IN (
            SELECT r.DIM_PERSON_ID FROM "hdm"."child_social"."fact_person_relation" r WHERE UPPER(TRIM(CAST(r.DIM_LOOKUP_RELTN_TYPE_CODE AS VARCHAR(4000)))) = 'CHI'
        ) THEN 'Y' END,
        LEFT(p.NATNL_CODE, 48)
    FROM "hdm"."child_social"."dim_person" p
    LEFT JOIN ethnic eth ON eth.MAIN_CODE = p.ETHNICITY_MAIN_CODE AND eth.rn = 1
    LEFT JOIN no_upn nu ON nu.DIM_PERSON_ID = p.DIM_PERSON_ID AND nu.rn = 1
    WHERE p.DIM_PERSON_ID IS NOT NULL
        AND p.DIM_PERSON_ID <> -1
        AND p.DUPLICATED_DTTM IS NULL
        AND UPPER(TRIM(CAST(p.IS_CLIENT AS VARCHAR(4000)))) = 'Y'
        -- uncorrelated IN lists, not correlated EXISTS: OR-ed EXISTS would be probed once per person
        AND (
            p.DIM_PERSON_ID IN (
                SELECT c.DIM_PERSON_ID FROM "hdm"."child_social"."fact_contacts" c
                WHERE c.CONTACT_DTTM >= (CURRENT_DATE - INTERVAL '6 years') AND CAST(c.CONTACT_DTTM AS DATE) <= CURRENT_DATE
            )
            OR p.DIM_PERSON_ID IN (
                SELECT fr.DIM_PERSON_ID FROM "hdm"."child_social"."fact_referrals" fr
                WHERE fr.REFRL_START_DTTM >= (CURRENT_DATE - INTERVAL '6 years') OR fr.REFRL_END_DTTM >= (CURRENT_DATE - INTERVAL '6 years') OR fr.REFRL_END_DTTM IS NULL
            )
            OR p.DIM_PERSON_ID IN (
                SELECT cl.DIM_PERSON_ID FROM "hdm"."child_social"."fact_cla_care_leavers" cl
                WHERE cl.IN_TOUCH_DTTM >= (CURRENT_DATE - INTERVAL '6 years')
            )
            OR p.DIM_PERSON_ID IN (
                SELECT ce.DIM_PERSON_ID FROM "hdm"."child_social"."dim_cla_eligibility" ce
                WHERE ce.DIM_LOOKUP_ELIGIBILITY_STATUS_DESC IS NOT NULL
            )
            OR p.DIM_PERSON_ID IN (
                -- key-agency involvements count only when they carry the allocated social worker
                SELECT fi.DIM_PERSON_ID FROM "hdm"."child_social"."fact_involvements" fi
                WHERE (COALESCE(fi.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE, '') NOT LIKE 'KA%' OR UPPER(TRIM(CAST(fi.IS_ALLOCATED_CW_FLAG AS VARCHAR(4000)))) = 'Y')
                    AND fi.DIM_WORKER_ID <> -1
                    AND (fi.END_DTTM IS NULL OR fi.END_DTTM > (CURRENT_DATE - INTERVAL '6 years'))
            )
        )
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("pers_legacy_id" AS TEXT) AS "pers_legacy_id", CAST("pers_person_id" AS TEXT) AS "pers_person_id", CAST("pers_upn" AS TEXT) AS "pers_upn", CAST("pers_forename" AS TEXT) AS "pers_forename", CAST("pers_surname" AS TEXT) AS "pers_surname", CAST("pers_sex" AS TEXT) AS "pers_sex", CAST("pers_gender" AS TEXT) AS "pers_gender", CAST("pers_ethnicity" AS TEXT) AS "pers_ethnicity", CAST("pers_dob" AS TIMESTAMP) AS "pers_dob", CAST("pers_single_unique_id" AS TEXT) AS "pers_single_unique_id", CAST("pers_upn_unknown" AS TEXT) AS "pers_upn_unknown", CAST("pers_send_flag" AS TEXT) AS "pers_send_flag", CAST("pers_expected_dob" AS TIMESTAMP) AS "pers_expected_dob", CAST("pers_death_date" AS TIMESTAMP) AS "pers_death_date", CAST("pers_is_mother" AS TEXT) AS "pers_is_mother", CAST("pers_nationality" AS TEXT) AS "pers_nationality"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_person" ("pers_legacy_id", "pers_person_id", "pers_upn", "pers_forename", "pers_surname", "pers_sex", "pers_gender", "pers_ethnicity", "pers_dob", "pers_single_unique_id", "pers_upn_unknown", "pers_send_flag", "pers_expected_dob", "pers_death_date", "pers_is_mother", "pers_nationality")
        SELECT CASE WHEN LENGTH("pers_legacy_id") > 48 THEN CONCAT(LEFT("pers_legacy_id", 47), '…') ELSE "pers_legacy_id" END, CASE WHEN LENGTH("pers_person_id") > 48 THEN CONCAT(LEFT("pers_person_id", 47), '…') ELSE "pers_person_id" END, CASE WHEN LENGTH("pers_upn") > 13 THEN CONCAT(LEFT("pers_upn", 12), '…') ELSE "pers_upn" END, CASE WHEN LENGTH("pers_forename") > 100 THEN CONCAT(LEFT("pers_forename", 99), '…') ELSE "pers_forename" END, CASE WHEN LENGTH("pers_surname") > 255 THEN CONCAT(LEFT("pers_surname", 254), '…') ELSE "pers_surname" END, CASE WHEN LENGTH("pers_sex") > 20 THEN CONCAT(LEFT("pers_sex", 19), '…') ELSE "pers_sex" END, CASE WHEN LENGTH("pers_gender") > 10 THEN CONCAT(LEFT("pers_gender", 9), '…') ELSE "pers_gender" END, CASE WHEN LENGTH("pers_ethnicity") > 48 THEN CONCAT(LEFT("pers_ethnicity", 47), '…') ELSE "pers_ethnicity" END, "pers_dob", CASE WHEN LENGTH("pers_single_unique_id") > 48 THEN CONCAT(LEFT("pers_single_unique_id", 47), '…') ELSE "pers_single_unique_id" END, CASE WHEN LENGTH("pers_upn_unknown") > 6 THEN CONCAT(LEFT("pers_upn_unknown", 5), '…') ELSE "pers_upn_unknown" END, CASE WHEN LENGTH("pers_send_flag") > 5 THEN CONCAT(LEFT("pers_send_flag", 4), '…') ELSE "pers_send_flag" END, "pers_expected_dob", "pers_death_date", CASE WHEN LENGTH("pers_is_mother") > 1 THEN CONCAT(LEFT("pers_is_mother", 0), '…') ELSE "pers_is_mother" END, CASE WHEN LENGTH("pers_nationality") > 48 THEN CONCAT(LEFT("pers_nationality", 47), '…') ELSE "pers_nationality" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' pers_legacy_id=', COUNT(*) FILTER (WHERE LENGTH("pers_legacy_id") > 48)), ' pers_legacy_id=0'), NULLIF(CONCAT(' pers_person_id=', COUNT(*) FILTER (WHERE LENGTH("pers_person_id") > 48)), ' pers_person_id=0'), NULLIF(CONCAT(' pers_upn=', COUNT(*) FILTER (WHERE LENGTH("pers_upn") > 13)), ' pers_upn=0'), NULLIF(CONCAT(' pers_forename=', COUNT(*) FILTER (WHERE LENGTH("pers_forename") > 100)), ' pers_forename=0'), NULLIF(CONCAT(' pers_surname=', COUNT(*) FILTER (WHERE LENGTH("pers_surname") > 255)), ' pers_surname=0'), NULLIF(CONCAT(' pers_sex=', COUNT(*) FILTER (WHERE LENGTH("pers_sex") > 20)), ' pers_sex=0'), NULLIF(CONCAT(' pers_gender=', COUNT(*) FILTER (WHERE LENGTH("pers_gender") > 10)), ' pers_gender=0'), NULLIF(CONCAT(' pers_ethnicity=', COUNT(*) FILTER (WHERE LENGTH("pers_ethnicity") > 48)), ' pers_ethnicity=0'), NULLIF(CONCAT(' pers_single_unique_id=', COUNT(*) FILTER (WHERE LENGTH("pers_single_unique_id") > 48)), ' pers_single_unique_id=0'), NULLIF(CONCAT(' pers_upn_unknown=', COUNT(*) FILTER (WHERE LENGTH("pers_upn_unknown") > 6)), ' pers_upn_unknown=0'), NULLIF(CONCAT(' pers_send_flag=', COUNT(*) FILTER (WHERE LENGTH("pers_send_flag") > 5)), ' pers_send_flag=0'), NULLIF(CONCAT(' pers_is_mother=', COUNT(*) FILTER (WHERE LENGTH("pers_is_mother") > 1)), ' pers_is_mother=0'), NULLIF(CONCAT(' pers_nationality=', COUNT(*) FILTER (WHERE LENGTH("pers_nationality") > 48)), ' pers_nationality=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_person', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_person', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
