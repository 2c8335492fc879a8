DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_episodes'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cla_episodes";
    WITH summaries AS (
        -- a dm_cla_summaries row is one time slice of a child's care, so (PERSON_ID, START_DATE) is its key
        SELECT cs.PERSON_ID AS person_id, cs.PERIOD_OF_CARE_ID AS period_id, cs.START_DATE AS start_date,
               cs.END_DATE AS end_date, cs.PLACEMENT_ID AS placement_id, pc.START_DATE AS period_start,
               pl.PLACEMENT_TYPE AS placement_type, pl.START_DATE AS placement_start, pl.CATEGORY_OF_NEED AS need_code,
               pl.REASON_EPISODE_CEASED AS ceased_reason, ls.LEGAL_STATUS AS legal_status, ls.START_DATE AS legal_start,
               pd.CARER_ID AS carer_id
        FROM "dm_cla_summaries" cs
        JOIN "dm_periods_of_care" pc ON pc.PERIOD_OF_CARE_ID = cs.PERIOD_OF_CARE_ID
        JOIN "dm_legal_statuses" ls ON ls.LEGAL_STATUS_ID = cs.LEGAL_STATUS_ID
        JOIN "dm_placements" pl ON pl.PLACEMENT_ID = cs.PLACEMENT_ID AND pl.SPLIT_NUMBER = cs.PLACEMENT_SPLIT_NUMBER
        LEFT JOIN "dm_placement_details" pd
               ON pd.ELEMENT_DETAIL_ID = cs.ELEMENT_DETAIL_ID AND pd.SPLIT_NUMBER = cs.SERVICE_SPLIT_NUMBER
    ),
    episodes AS (
        SELECT s.person_id, s.period_id, s.start_date, s.end_date, s.placement_id, s.period_start, s.placement_type,
               s.placement_start, s.need_code, s.ceased_reason, s.legal_status, s.legal_start, s.carer_id,
               LAG(s.carer_id) OVER (PARTITION BY s.period_id ORDER BY s.start_date) AS prev_carer,
               LAG(s.placement_type) OVER (PARTITION BY s.period_id ORDER BY s.start_date) AS prev_type
        FROM summaries s
    ),
    iro AS (
        SELECT e.person_id, e.start_date, MAX(fa.DATE_ANSWER) AS last_visit
        FROM episodes e
        JOIN "dm_filter_form_ans" fa ON fa.SUBJECT_PERSON_ID = e.person_id
        JOIN "report_filters" rfl ON rfl.ID = fa.FILTER_ID
        WHERE UPPER(TRIM(CAST(rfl.NAME AS VARCHAR(4000)))) = 'CHILD IRO VISIT DATE'
          AND fa.DATE_ANSWER <= COALESCE(e.end_date, CURRENT_DATE)
        GROUP BY e.person_id, e.start_date
    ),
    referrals AS (
        SELECT ev.person_id, ev.start_date, CONCAT(CAST(MAX(ref.REFERRAL_ID) AS VARCHAR(20)), '-', CAST(MAX(ref.PERSON_ID) AS VARCHAR(20))) AS referral_id
        FROM episodes ev
        JOIN "dm_cin_referrals" ref
            ON ref.PERSON_ID = ev.person_id AND (ev.end_date IS NULL OR ref.REFERRAL_DATE <= ev.end_date) AND (ref.CLOSURE_DATE IS NULL OR ref.CLOSURE_DATE >= ev.start_date)
        GROUP BY ev.person_id, ev.start_date
    ),
    ssd_bridge_fill ("clae_cla_episode_id", "clae_person_id", "clae_cla_placement_id", "clae_cla_episode_start_date", "clae_cla_episode_start_reason", "clae_cla_primary_need_code", "clae_cla_episode_ceased_date", "clae_cla_episode_ceased_reason", "clae_cla_id", "clae_referral_id", "clae_cla_last_iro_contact_date", "clae_entered_care_date") AS (
    SELECT
        CONCAT(CAST(e.person_id AS VARCHAR(20)), '.', CAST(CAST(e.start_date AS DATE) AS VARCHAR(10))),
        CAST(e.person_id AS VARCHAR(48)),
        CAST(e.placement_id AS VARCHAR(48)),
        e.start_date,
        CASE
            WHEN CAST(e.start_date AS DATE) = CAST(e.period_start AS DATE) THEN 'S'
            WHEN CAST(e.placement_start AS DATE) < CAST(e.start_date AS DATE) THEN 'L'
            WHEN CAST(e.legal_start AS DATE) < CAST(e.start_date AS DATE) THEN
                CASE WHEN e.prev_carer = e.carer_id AND e.prev_type <> e.placement_type THEN 'T' ELSE 'P' END
            WHEN e.prev_carer = e.carer_id THEN 'U'
            ELSE 'B'
        END,
        LEFT(e.need_code, 3),
        e.end_date,
        CASE WHEN e.end_date IS NOT NULL THEN LEFT(e.ceased_reason, 255) END,
        CAST(e.period_id AS VARCHAR(48)),
        rf.referral_id,
        i.last_visit,
        e.period_start
    FROM episodes e
    LEFT JOIN referrals rf ON rf.person_id = e.person_id AND rf.start_date = e.start_date
    LEFT JOIN iro i ON i.person_id = e.person_id AND i.start_date = e.start_date
    WHERE e.start_date <= CURRENT_DATE AND (e.end_date IS NULL OR e.end_date >= (CURRENT_DATE - INTERVAL '6 years'))
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(e.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("clae_cla_episode_id" AS TEXT) AS "clae_cla_episode_id", CAST("clae_person_id" AS TEXT) AS "clae_person_id", CAST("clae_cla_placement_id" AS TEXT) AS "clae_cla_placement_id", CAST("clae_cla_episode_start_date" AS TIMESTAMP) AS "clae_cla_episode_start_date", CAST("clae_cla_episode_start_reason" AS TEXT) AS "clae_cla_episode_start_reason", CAST("clae_cla_primary_need_code" AS TEXT) AS "clae_cla_primary_need_code", CAST("clae_cla_episode_ceased_date" AS TIMESTAMP) AS "clae_cla_episode_ceased_date", CAST("clae_cla_episode_ceased_reason" AS TEXT) AS "clae_cla_episode_ceased_reason", CAST("clae_cla_id" AS TEXT) AS "clae_cla_id", CAST("clae_referral_id" AS TEXT) AS "clae_referral_id", CAST("clae_cla_last_iro_contact_date" AS TIMESTAMP) AS "clae_cla_last_iro_contact_date", CAST("clae_entered_care_date" AS TIMESTAMP) AS "clae_entered_care_date"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cla_episodes" ("clae_cla_episode_id", "clae_person_id", "clae_cla_placement_id", "clae_cla_episode_start_date", "clae_cla_episode_start_reason", "clae_cla_primary_need_code", "clae_cla_episode_ceased_date", "clae_cla_episode_ceased_reason", "clae_cla_id", "clae_referral_id", "clae_cla_last_iro_contact_date", "clae_entered_care_date")
        SELECT CASE WHEN LENGTH("clae_cla_episode_id") > 48 THEN CONCAT(LEFT("clae_cla_episode_id", 47), '…') ELSE "clae_cla_episode_id" END, CASE WHEN LENGTH("clae_person_id") > 48 THEN CONCAT(LEFT("clae_person_id", 47), '…') ELSE "clae_person_id" END, CASE WHEN LENGTH("clae_cla_placement_id") > 48 THEN CONCAT(LEFT("clae_cla_placement_id", 47), '…') ELSE "clae_cla_placement_id" END, "clae_cla_episode_start_date", CASE WHEN LENGTH("clae_cla_episode_start_reason") > 100 THEN CONCAT(LEFT("clae_cla_episode_start_reason", 99), '…') ELSE "clae_cla_episode_start_reason" END, CASE WHEN LENGTH("clae_cla_primary_need_code") > 3 THEN CONCAT(LEFT("clae_cla_primary_need_code", 2), '…') ELSE "clae_cla_primary_need_code" END, "clae_cla_episode_ceased_date", CASE WHEN LENGTH("clae_cla_episode_ceased_reason") > 255 THEN CONCAT(LEFT("clae_cla_episode_ceased_reason", 254), '…') ELSE "clae_cla_episode_ceased_reason" END, CASE WHEN LENGTH("clae_cla_id") > 48 THEN CONCAT(LEFT("clae_cla_id", 47), '…') ELSE "clae_cla_id" END, CASE WHEN LENGTH("clae_referral_id") > 48 THEN CONCAT(LEFT("clae_referral_id", 47), '…') ELSE "clae_referral_id" END, "clae_cla_last_iro_contact_date", "clae_entered_care_date" FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' clae_cla_episode_id=', COUNT(*) FILTER (WHERE LENGTH("clae_cla_episode_id") > 48)), ' clae_cla_episode_id=0'), NULLIF(CONCAT(' clae_person_id=', COUNT(*) FILTER (WHERE LENGTH("clae_person_id") > 48)), ' clae_person_id=0'), NULLIF(CONCAT(' clae_cla_placement_id=', COUNT(*) FILTER (WHERE LENGTH("clae_cla_placement_id") > 48)), ' clae_cla_placement_id=0'), NULLIF(CONCAT(' clae_cla_episode_start_reason=', COUNT(*) FILTER (WHERE LENGTH("clae_cla_episode_start_reason") > 100)), ' clae_cla_episode_start_reason=0'), NULLIF(CONCAT(' clae_cla_primary_need_code=', COUNT(*) FILTER (WHERE LENGTH("clae_cla_primary_need_code") > 3)), ' clae_cla_primary_need_code=0'), NULLIF(CONCAT(' clae_cla_episode_ceased_reason=', COUNT(*) FILTER (WHERE LENGTH("clae_cla_episode_ceased_reason") > 255)), ' clae_cla_episode_ceased_reason=0'), NULLIF(CONCAT(' clae_cla_id=', COUNT(*) FILTER (WHERE LENGTH("clae_cla_id") > 48)), ' clae_cla_id=0'), NULLIF(CONCAT(' clae_referral_id=', COUNT(*) FILTER (WHERE LENGTH("clae_referral_id") > 48)), ' clae_referral_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_episodes', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_episodes', cuts; END IF;
END $$;

-- ssd-bridge: end of batch
