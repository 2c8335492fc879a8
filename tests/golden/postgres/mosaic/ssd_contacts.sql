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
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               COALESCE(s.STARTED_ON, s.INCOMING_ON) AS contact_date
        FROM "dm_workflow_steps" s
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(TRIM(CAST(ss.SUBJECT_TYPE_CODE AS VARCHAR(4000)))) = 'PER'
        WHERE UPPER(TRIM(CAST(s.IS_CHILD_CONTACT AS VARCHAR(4000)))) = 'Y'
          AND UPPER(TRIM(CAST(s.STEP_STATUS AS VARCHAR(4000)))) IN ('INCOMING', 'STARTED', 'REOPENED', 'COMPLETED')
          AND COALESCE(s.STARTED_ON, s.INCOMING_ON) >= (CURRENT_DATE - INTERVAL '6 years')
          AND COALESCE(s.STARTED_ON, s.INCOMING_ON) <= CURRENT_DATE
    ),
    sources AS (
        SELECT sd.WORKFLOW_STEP_ID AS step_id, MIN(sd.SOURCE_TYPE_ID) AS source_type_id
        FROM "dm_step_source_details" sd
        GROUP BY sd.WORKFLOW_STEP_ID
    ),
    outcomes AS (
        SELECT c.step_id, c.person_id,
               MAX(CASE WHEN rf.REFERRAL_ID IS NOT NULL THEN 'Y' ELSE 'N' END) AS new_referral,
               MAX(CASE WHEN UPPER(TRIM(CAST(na.IS_NO_FURTHER_ACTION AS VARCHAR(4000)))) = 'Y' THEN 'Y' ELSE 'N' END) AS nfa
        FROM contacts c
        JOIN "dm_workflow_links" wl ON wl.SOURCE_STEP_ID = c.step_id
        JOIN "dm_workflow_steps" ts ON ts.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        JOIN "dm_subgroup_subjects" tss
             ON tss.SUBGROUP_ID = ts.SUBGROUP_ID AND UPPER(TRIM(CAST(tss.SUBJECT_TYPE_CODE AS VARCHAR(4000)))) = 'PER' AND tss.SUBJECT_COMPOUND_ID = c.person_id
        LEFT JOIN "dm_workflow_nxt_action_types" na ON na.WORKFLOW_NEXT_ACTION_TYPE_ID = wl.WORKFLOW_NEXT_ACTION_TYPE_ID
        LEFT JOIN "dm_cin_referrals" rf ON rf.REFERRAL_ID = wl.TARGET_STEP_ID AND rf.PERSON_ID = c.person_id
        WHERE UPPER(TRIM(CAST(ts.STEP_STATUS AS VARCHAR(4000)))) IN ('INCOMING', 'STARTED', 'REOPENED', 'COMPLETED')
        GROUP BY c.step_id, c.person_id
    ),
    ssd_bridge_fill ("cont_contact_id", "cont_person_id", "cont_contact_date", "cont_contact_source_code", "cont_contact_source_desc", "cont_contact_outcome_json") AS (
    SELECT
        CONCAT(CAST(c.step_id AS VARCHAR(20)), '-', CAST(c.person_id AS VARCHAR(20))),
        CAST(c.person_id AS VARCHAR(48)),
        c.contact_date,
        NULL,  -- cont_contact_source_code: the data mart holds only the source description
        LEFT(st.DESCRIPTION, 255),
        CONCAT('{"NEW_REFERRAL_FLAG": "', COALESCE(o.new_referral, 'N'),
               '", "EXISTING_REFERRAL_FLAG": "", "CP_ENQUIRY_FLAG": "", "NFA_FLAG": "', COALESCE(o.nfa, 'N'),
               '", "NON_AGENCY_ADOPTION_FLAG": "", "PRIVATE_FOSTERING_FLAG": "", "ADVICE_FLAG": "", "MISSING_FLAG": "", ',
               '"OLA_CP_FLAG": "", "OTHER_OUTCOMES_EXIST_FLAG": ""}')
    FROM contacts c
    LEFT JOIN sources so ON so.step_id = c.step_id
    LEFT JOIN "dm_step_source_types" st ON st.SOURCE_TYPE_ID = so.source_type_id
    LEFT JOIN outcomes o ON o.step_id = c.step_id AND o.person_id = c.person_id
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(c.person_id AS VARCHAR(48)))
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
