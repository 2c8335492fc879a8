DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_contacts'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_contacts";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_contacts" ("cont_contact_id" TEXT, "cont_person_id" TEXT, "cont_contact_date" TIMESTAMP, "cont_contact_source_code" TEXT, "cont_contact_source_desc" TEXT, "cont_contact_outcome_json" TEXT);
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    INSERT INTO pg_temp."ssd_load_ssd_contacts" ("cont_contact_id", "cont_person_id", "cont_contact_date", "cont_contact_source_code", "cont_contact_source_desc", "cont_contact_outcome_json")
    SELECT
        CAST(fc.FACT_CONTACT_ID AS VARCHAR(48)),
        CAST(fc.DIM_PERSON_ID AS VARCHAR(48)),
        fc.CONTACT_DTTM,
        CAST(NULLIF(fc.DIM_LOOKUP_CONT_SORC_ID, -1) AS VARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(fc.DIM_LOOKUP_CONT_SORC_ID_DESC)), 255), ''),
        CONCAT('{', '"NEW_REFERRAL_FLAG":', COALESCE(CAST(TO_JSON(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_NEW_REFERRAL_FLAG)), 3), '') AS TEXT)) AS TEXT), 'null'), ',"EXISTING_REFERRAL_FLAG":', COALESCE(CAST(TO_JSON(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_EXISTING_REFERRAL_FLAG)), 3), '') AS TEXT)) AS TEXT), 'null'), ',"CP_ENQUIRY_FLAG":', COALESCE(CAST(TO_JSON(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_CP_ENQUIRY_FLAG)), 3), '') AS TEXT)) AS TEXT), 'null'), ',"NFA_FLAG":', COALESCE(CAST(TO_JSON(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_NFA_FLAG)), 3), '') AS TEXT)) AS TEXT), 'null'), ',"NON_AGENCY_ADOPTION_FLAG":', COALESCE(CAST(TO_JSON(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_NON_AGENCY_ADOPTION_FLAG)), 3), '') AS TEXT)) AS TEXT), 'null'), ',"PRIVATE_FOSTERING_FLAG":', COALESCE(CAST(TO_JSON(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_PRIVATE_FOSTERING_FLAG)), 3), '') AS TEXT)) AS TEXT), 'null'), ',"ADVICE_FLAG":', COALESCE(CAST(TO_JSON(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_ADVICE_FLAG)), 3), '') AS TEXT)) AS TEXT), 'null'), ',"MISSING_FLAG":', COALESCE(CAST(TO_JSON(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_MISSING_FLAG)), 3), '') AS TEXT)) AS TEXT), 'null'), ',"OLA_CP_FLAG":', COALESCE(CAST(TO_JSON(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_OLA_CP_FLAG)), 3), '') AS TEXT)) AS TEXT), 'null'), ',"OTHER_OUTCOMES_EXIST_FLAG":', COALESCE(CAST(TO_JSON(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OTHER_OUTCOMES_EXIST_FLAG)), 3), '') AS TEXT)) AS TEXT), 'null'), ',"NUMBER_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN fc.TOTAL_NO_OF_OUTCOMES >= 0 THEN fc.TOTAL_NO_OF_OUTCOMES END AS VARCHAR(12)), 'null'), ',"COMMENTS":', COALESCE(CAST(TO_JSON(CAST(LEFT(fc.OUTCOME_COMMENTS, 900) AS TEXT)) AS TEXT), 'null'), '}')
    FROM "hdm"."child_social"."fact_contacts" fc
    WHERE fc.DIM_PERSON_ID <> -1
        AND fc.CONTACT_DTTM >= (CURRENT_DATE - INTERVAL '6 years')
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(fc.DIM_PERSON_ID AS VARCHAR(48)));
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
