DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_missing'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_missing";
    WITH episodes AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               COALESCE(s.STARTED_ON, s.INCOMING_ON) AS start_date, s.COMPLETED_ON AS end_date
        FROM "dm_workflow_steps" s
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(TRIM(CAST(ss.SUBJECT_TYPE_CODE AS VARCHAR(4000)))) = 'PER'
        WHERE UPPER(TRIM(CAST(s.IS_MISSING_OR_ABSENT AS VARCHAR(4000)))) = 'Y'
          AND UPPER(TRIM(CAST(s.STEP_STATUS AS VARCHAR(4000)))) IN ('INCOMING', 'STARTED', 'REOPENED', 'COMPLETED')
          AND COALESCE(s.STARTED_ON, s.INCOMING_ON) <= CURRENT_DATE AND (s.COMPLETED_ON IS NULL OR s.COMPLETED_ON >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    answers AS (
        -- one answer per step, subject and filter; subject <= 0 answers for the whole step
        SELECT fa.WORKFLOW_STEP_ID AS step_id,
               CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
               MAX(CASE WHEN UPPER(TRIM(CAST(fa.FILTER_NAME AS VARCHAR(4000)))) = 'CHILD ABSENT OR MISSING (DOCUMENT)' THEN UPPER(LTRIM(RTRIM(fa.TEXT_ANSWER))) END) AS kind,
               MAX(CASE WHEN UPPER(TRIM(CAST(fa.FILTER_NAME AS VARCHAR(4000)))) = 'CHILD OFFERED RETURN INTERVIEW' THEN mo.CATEGORY_VALUE END) AS offered,
               MAX(CASE WHEN UPPER(TRIM(CAST(fa.FILTER_NAME AS VARCHAR(4000)))) = 'CHILD ACCEPTED RETURN INTERVIEW' THEN ma.CATEGORY_VALUE END) AS accepted
        FROM "dm_filter_form_answers" fa
        LEFT JOIN "dm_mapping_groups" mo
               ON UPPER(TRIM(CAST(mo.GROUP_NAME AS VARCHAR(4000)))) = 'CHILD OFFERED RETURN INTERVIEW TYPES' AND mo.MAPPED_VALUE = fa.TEXT_ANSWER
        LEFT JOIN "dm_mapping_groups" ma
               ON UPPER(TRIM(CAST(ma.GROUP_NAME AS VARCHAR(4000)))) = 'CHILD ACCEPTED RETURN INTERVIEW TYPES' AND ma.MAPPED_VALUE = fa.TEXT_ANSWER
        WHERE UPPER(TRIM(CAST(fa.FILTER_NAME AS VARCHAR(4000)))) IN ('CHILD ABSENT OR MISSING (DOCUMENT)', 'CHILD OFFERED RETURN INTERVIEW', 'CHILD ACCEPTED RETURN INTERVIEW')
        GROUP BY fa.WORKFLOW_STEP_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
    ),
    ssd_bridge_fill ("miss_table_id", "miss_person_id", "miss_missing_episode_start_date", "miss_missing_episode_type", "miss_missing_episode_end_date", "miss_missing_rhi_offered", "miss_missing_rhi_accepted") AS (
    SELECT
        CONCAT(CAST(e.step_id AS VARCHAR(20)), '-', CAST(e.person_id AS VARCHAR(20))),
        CAST(e.person_id AS VARCHAR(48)),
        e.start_date,
        CASE COALESCE(a.kind, a_all.kind) WHEN 'MISSING' THEN 'M' WHEN 'ABSENT' THEN 'A' END,
        e.end_date,
        CASE UPPER(LEFT(LTRIM(COALESCE(a.offered, a_all.offered)), 1)) WHEN 'Y' THEN 'Y' WHEN 'N' THEN 'N' END,
        CASE UPPER(LEFT(LTRIM(COALESCE(a.accepted, a_all.accepted)), 1)) WHEN 'Y' THEN 'Y' WHEN 'N' THEN 'N' END
    FROM episodes e
    LEFT JOIN answers a ON a.step_id = e.step_id AND a.subject = e.person_id
    LEFT JOIN answers a_all ON a_all.step_id = e.step_id AND a_all.subject = 0
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(e.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("miss_table_id" AS TEXT) AS "miss_table_id", CAST("miss_person_id" AS TEXT) AS "miss_person_id", CAST("miss_missing_episode_start_date" AS TIMESTAMP) AS "miss_missing_episode_start_date", CAST("miss_missing_episode_type" AS TEXT) AS "miss_missing_episode_type", CAST("miss_missing_episode_end_date" AS TIMESTAMP) AS "miss_missing_episode_end_date", CAST("miss_missing_rhi_offered" AS TEXT) AS "miss_missing_rhi_offered", CAST("miss_missing_rhi_accepted" AS TEXT) AS "miss_missing_rhi_accepted"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_missing" ("miss_table_id", "miss_person_id", "miss_missing_episode_start_date", "miss_missing_episode_type", "miss_missing_episode_end_date", "miss_missing_rhi_offered", "miss_missing_rhi_accepted")
        SELECT CASE WHEN LENGTH("miss_table_id") > 48 THEN CONCAT(LEFT("miss_table_id", 47), '…') ELSE "miss_table_id" END, CASE WHEN LENGTH("miss_person_id") > 48 THEN CONCAT(LEFT("miss_person_id", 47), '…') ELSE "miss_person_id" END, "miss_missing_episode_start_date", CASE WHEN LENGTH("miss_missing_episode_type") > 100 THEN CONCAT(LEFT("miss_missing_episode_type", 99), '…') ELSE "miss_missing_episode_type" END, "miss_missing_episode_end_date", CASE WHEN LENGTH("miss_missing_rhi_offered") > 2 THEN CONCAT(LEFT("miss_missing_rhi_offered", 1), '…') ELSE "miss_missing_rhi_offered" END, CASE WHEN LENGTH("miss_missing_rhi_accepted") > 2 THEN CONCAT(LEFT("miss_missing_rhi_accepted", 1), '…') ELSE "miss_missing_rhi_accepted" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' miss_table_id=', COUNT(*) FILTER (WHERE LENGTH("miss_table_id") > 48)), ' miss_table_id=0'), NULLIF(CONCAT(' miss_person_id=', COUNT(*) FILTER (WHERE LENGTH("miss_person_id") > 48)), ' miss_person_id=0'), NULLIF(CONCAT(' miss_missing_episode_type=', COUNT(*) FILTER (WHERE LENGTH("miss_missing_episode_type") > 100)), ' miss_missing_episode_type=0'), NULLIF(CONCAT(' miss_missing_rhi_offered=', COUNT(*) FILTER (WHERE LENGTH("miss_missing_rhi_offered") > 2)), ' miss_missing_rhi_offered=0'), NULLIF(CONCAT(' miss_missing_rhi_accepted=', COUNT(*) FILTER (WHERE LENGTH("miss_missing_rhi_accepted") > 2)), ' miss_missing_rhi_accepted=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_missing', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_missing', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
