DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cin_episodes'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cin_episodes";
    WITH in_window AS (
        -- the referral steps this fill writes: need and next steps are worked out for these only
        SELECT wr.REFERRAL_ID AS referral_id
        FROM "dm_cin_referrals" wr
        WHERE wr.REFERRAL_DATE <= CURRENT_DATE AND (wr.CLOSURE_DATE IS NULL OR wr.CLOSURE_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    need AS (
        -- primary need: the CIN need category of the service-user groups covering the referral date
        SELECT nr.REFERRAL_ID AS referral_id, nr.PERSON_ID AS person_id, MAX(gt.NEED_CODE_CATEGORY_CODE) AS need_code
        FROM "dm_cin_referrals" nr
        JOIN "dm_service_user_groups" g
          ON g.PERSON_ID = nr.PERSON_ID AND g.START_DATE <= nr.REFERRAL_DATE AND (g.END_DATE IS NULL OR g.END_DATE >= nr.REFERRAL_DATE)
        JOIN "dm_serv_user_group_types" gt ON gt.GROUP_TYPE = g.FULL_GROUP_TYPE
        WHERE gt.NEED_CODE_CATEGORY_CODE IS NOT NULL
          AND nr.REFERRAL_ID IN (SELECT iw.referral_id FROM in_window iw)
        GROUP BY nr.REFERRAL_ID, nr.PERSON_ID
    ),
    sources AS (
        SELECT cg.CATEGORY_CODE AS code, MAX(cg.CATEGORY_DESCRIPTION) AS description
        FROM "child_group_embedded_codes_vw" cg
        WHERE UPPER(TRIM(CAST(cg.GROUP_NAME AS VARCHAR(4000)))) = 'CHILD CIN REFERRAL SOURCE'
        GROUP BY cg.CATEGORY_CODE
    ),
    next_steps AS (
        -- the live steps the referral step led to, for the same child
        SELECT wl.SOURCE_STEP_ID AS step_id, tp.PERSON_ID AS person_id,
               MAX(CASE WHEN UPPER(TRIM(CAST(ts.IS_CONTINUOUS_ASSESSMENT AS VARCHAR(4000)))) = 'Y' THEN 1 ELSE 0 END) AS assessment,
               MAX(CASE WHEN UPPER(TRIM(CAST(ts.IS_SECTION_47_ENQUIRY AS VARCHAR(4000)))) = 'Y' OR ts.STRATEGY_DISCUSSION_DATE IS NOT NULL THEN 1 ELSE 0 END) AS strategy,
               COUNT(DISTINCT wl.TARGET_STEP_ID) AS outcomes
        FROM "dm_workflow_links" wl
        JOIN "dm_workflow_steps" ts ON ts.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        JOIN "dm_workflow_steps_people_vw" tp ON tp.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        WHERE UPPER(TRIM(CAST(ts.STEP_STATUS AS VARCHAR(4000)))) IN ('INCOMING', 'STARTED', 'REOPENED', 'COMPLETED')
          AND wl.SOURCE_STEP_ID IN (SELECT iw.referral_id FROM in_window iw)
        GROUP BY wl.SOURCE_STEP_ID, tp.PERSON_ID
    ),
    ssd_bridge_fill ("cine_referral_id", "cine_person_id", "cine_referral_date", "cine_cin_primary_need_code", "cine_referral_source_code", "cine_referral_source_desc", "cine_referral_outcome_json", "cine_referral_nfa", "cine_close_reason", "cine_close_date", "cine_referral_team", "cine_referral_worker_id") AS (
    SELECT
        CONCAT(CAST(r.REFERRAL_ID AS VARCHAR(20)), '-', CAST(r.PERSON_ID AS VARCHAR(20))),
        CAST(r.PERSON_ID AS VARCHAR(48)),
        r.REFERRAL_DATE,
        LEFT(n.need_code, 3),
        LEFT(LTRIM(RTRIM(r.SOURCE_OF_REFERRAL)), 48),
        LEFT(s.description, 255),
        CONCAT('{"SINGLE_ASSESSMENT_FLAG": "', CASE WHEN x.assessment = 1 THEN 'Y' ELSE 'N' END,
               '", "STRATEGY_DISCUSSION_FLAG": "', CASE WHEN x.strategy = 1 THEN 'Y' ELSE 'N' END,
               '", "NFA_FLAG": "', CASE WHEN r.NFA_DATE IS NOT NULL THEN 'Y' ELSE 'N' END,
               '", "NUMBER_OF_OUTCOMES": ', COALESCE(x.outcomes, 0), '}'),
        CASE WHEN r.NFA_DATE IS NOT NULL THEN 'Y' ELSE 'N' END,
        LEFT(LTRIM(RTRIM(r.CLOSURE_REASON)), 100),
        r.CLOSURE_DATE,
        CAST(stp.RESPONSIBLE_TEAM_ID AS VARCHAR(48)),
        CAST(stp.ASSIGNEE_ID AS VARCHAR(48))
    FROM "dm_cin_referrals" r
    LEFT JOIN "dm_workflow_steps" stp ON stp.WORKFLOW_STEP_ID = r.REFERRAL_ID
    LEFT JOIN need n ON n.referral_id = r.REFERRAL_ID AND n.person_id = r.PERSON_ID
    LEFT JOIN sources s ON s.code = r.SOURCE_OF_REFERRAL
    LEFT JOIN next_steps x ON x.step_id = r.REFERRAL_ID AND x.person_id = r.PERSON_ID
    WHERE r.REFERRAL_DATE <= CURRENT_DATE AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(r.PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("cine_referral_id" AS TEXT) AS "cine_referral_id", CAST("cine_person_id" AS TEXT) AS "cine_person_id", CAST("cine_referral_date" AS TIMESTAMP) AS "cine_referral_date", CAST("cine_cin_primary_need_code" AS TEXT) AS "cine_cin_primary_need_code", CAST("cine_referral_source_code" AS TEXT) AS "cine_referral_source_code", CAST("cine_referral_source_desc" AS TEXT) AS "cine_referral_source_desc", CAST("cine_referral_outcome_json" AS TEXT) AS "cine_referral_outcome_json", CAST("cine_referral_nfa" AS TEXT) AS "cine_referral_nfa", CAST("cine_close_reason" AS TEXT) AS "cine_close_reason", CAST("cine_close_date" AS TIMESTAMP) AS "cine_close_date", CAST("cine_referral_team" AS TEXT) AS "cine_referral_team", CAST("cine_referral_worker_id" AS TEXT) AS "cine_referral_worker_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cin_episodes" ("cine_referral_id", "cine_person_id", "cine_referral_date", "cine_cin_primary_need_code", "cine_referral_source_code", "cine_referral_source_desc", "cine_referral_outcome_json", "cine_referral_nfa", "cine_close_reason", "cine_close_date", "cine_referral_team", "cine_referral_worker_id")
        SELECT CASE WHEN LENGTH("cine_referral_id") > 48 THEN CONCAT(LEFT("cine_referral_id", 47), '…') ELSE "cine_referral_id" END, CASE WHEN LENGTH("cine_person_id") > 48 THEN CONCAT(LEFT("cine_person_id", 47), '…') ELSE "cine_person_id" END, "cine_referral_date", CASE WHEN LENGTH("cine_cin_primary_need_code") > 3 THEN CONCAT(LEFT("cine_cin_primary_need_code", 2), '…') ELSE "cine_cin_primary_need_code" END, CASE WHEN LENGTH("cine_referral_source_code") > 48 THEN CONCAT(LEFT("cine_referral_source_code", 47), '…') ELSE "cine_referral_source_code" END, CASE WHEN LENGTH("cine_referral_source_desc") > 255 THEN CONCAT(LEFT("cine_referral_source_desc", 254), '…') ELSE "cine_referral_source_desc" END, CASE WHEN LENGTH("cine_referral_outcome_json") > 4000 THEN CONCAT(LEFT("cine_referral_outcome_json", 3999), '…') ELSE "cine_referral_outcome_json" END, CASE WHEN LENGTH("cine_referral_nfa") > 1 THEN CONCAT(LEFT("cine_referral_nfa", 0), '…') ELSE "cine_referral_nfa" END, CASE WHEN LENGTH("cine_close_reason") > 100 THEN CONCAT(LEFT("cine_close_reason", 99), '…') ELSE "cine_close_reason" END, "cine_close_date", CASE WHEN LENGTH("cine_referral_team") > 48 THEN CONCAT(LEFT("cine_referral_team", 47), '…') ELSE "cine_referral_team" END, CASE WHEN LENGTH("cine_referral_worker_id") > 48 THEN CONCAT(LEFT("cine_referral_worker_id", 47), '…') ELSE "cine_referral_worker_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' cine_referral_id=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_id") > 48)), ' cine_referral_id=0'), NULLIF(CONCAT(' cine_person_id=', COUNT(*) FILTER (WHERE LENGTH("cine_person_id") > 48)), ' cine_person_id=0'), NULLIF(CONCAT(' cine_cin_primary_need_code=', COUNT(*) FILTER (WHERE LENGTH("cine_cin_primary_need_code") > 3)), ' cine_cin_primary_need_code=0'), NULLIF(CONCAT(' cine_referral_source_code=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_source_code") > 48)), ' cine_referral_source_code=0'), NULLIF(CONCAT(' cine_referral_source_desc=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_source_desc") > 255)), ' cine_referral_source_desc=0'), NULLIF(CONCAT(' cine_referral_outcome_json=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_outcome_json") > 4000)), ' cine_referral_outcome_json=0'), NULLIF(CONCAT(' cine_referral_nfa=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_nfa") > 1)), ' cine_referral_nfa=0'), NULLIF(CONCAT(' cine_close_reason=', COUNT(*) FILTER (WHERE LENGTH("cine_close_reason") > 100)), ' cine_close_reason=0'), NULLIF(CONCAT(' cine_referral_team=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_team") > 48)), ' cine_referral_team=0'), NULLIF(CONCAT(' cine_referral_worker_id=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_worker_id") > 48)), ' cine_referral_worker_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cin_episodes', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cin_episodes', cuts; END IF;
END $$;

-- ssd-bridge: end of batch
