
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_permanence'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_permanence";
    WITH journeys AS (
        -- one journey per child and decision date, even when several steps carry the date; periods of care
        -- do not overlap, so the decision date lies in one period
        SELECT v.PERSON_ID AS person_id, v.ADOPTION_BEST_INTEREST_DATE AS decision, MIN(v.WORKFLOW_STEP_ID) AS step_id,
               MAX(pc.PERIOD_OF_CARE_ID) AS period_id, MAX(pc.END_DATE) AS period_end
        FROM "dm_workflow_steps_people_vw" v
        JOIN "dm_periods_of_care" pc
          ON pc.PERSON_ID = v.PERSON_ID AND pc.START_DATE <= v.ADOPTION_BEST_INTEREST_DATE AND (pc.END_DATE IS NULL OR pc.END_DATE >= v.ADOPTION_BEST_INTEREST_DATE)
        WHERE v.ADOPTION_BEST_INTEREST_DATE IS NOT NULL
          AND pc.START_DATE <= CURRENT_DATE AND (pc.END_DATE IS NULL OR pc.END_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
        GROUP BY v.PERSON_ID, v.ADOPTION_BEST_INTEREST_DATE
    ),
    placed AS (
        SELECT j.step_id, j.person_id,
               MIN(CASE WHEN UPPER(TRIM(CAST(pl.PLACEMENT_TYPE AS VARCHAR(4000)))) IN ('A3', 'A4', 'A5', 'A6') AND pl.START_DATE >= j.decision THEN pl.START_DATE END) AS placed_for_adoption,
               MIN(CASE WHEN UPPER(TRIM(CAST(pl.PLACEMENT_TYPE AS VARCHAR(4000)))) IN ('U2', 'U5') THEN pl.START_DATE END) AS placed_ffa,
               MAX(CASE WHEN UPPER(TRIM(CAST(pl.IS_ADOPTED AS VARCHAR(4000)))) = 'Y' THEN pl.END_DATE END) AS adopted_on
        FROM journeys j
        JOIN "dm_placements" pl ON pl.PERIOD_OF_CARE_ID = j.period_id
        GROUP BY j.step_id, j.person_id
    ),
    orders AS (
        SELECT j.step_id, j.person_id, MIN(ls.START_DATE) AS order_date
        FROM journeys j
        JOIN "dm_legal_statuses" ls ON ls.PERIOD_OF_CARE_ID = j.period_id
        WHERE UPPER(TRIM(CAST(ls.LEGAL_STATUS AS VARCHAR(4000)))) IN ('E1')
        GROUP BY j.step_id, j.person_id
    ),
    later_steps AS (
        -- the child's adoption steps after the decision and before the period ended
        SELECT j.step_id, j.person_id, lv.ADOPTION_MATCH_DATE AS matched, lv.ADOPTION_PLAN_DATE_CEASED AS ceased,
               lv.ADOPTION_PLAN_REASON_CAT_CODE AS ceased_reason
        FROM journeys j
        JOIN "dm_workflow_steps_people_vw" lv ON lv.PERSON_ID = j.person_id
        WHERE COALESCE(lv.ADOPTION_MATCH_DATE, lv.ADOPTION_PLAN_DATE_CEASED) >= j.decision
          AND (j.period_end IS NULL OR COALESCE(lv.ADOPTION_MATCH_DATE, lv.ADOPTION_PLAN_DATE_CEASED) <= j.period_end)
    ),
    matches AS (
        SELECT ms.step_id, ms.person_id, MIN(ms.matched) AS matched FROM later_steps ms GROUP BY ms.step_id, ms.person_id
    ),
    reversals AS (
        SELECT rv.step_id, rv.person_id, rv.ceased, rv.ceased_reason,
               ROW_NUMBER() OVER (PARTITION BY rv.step_id, rv.person_id ORDER BY rv.ceased) AS rn
        FROM later_steps rv
        WHERE rv.ceased IS NOT NULL
    ),
    guardianship AS (
        SELECT nl.LEGAL_STATUS_ID AS status_id, nl.PERSON_ID AS person_id, nl.START_DATE AS start_date,
               pc.PERIOD_OF_CARE_ID AS period_id,
               ROW_NUMBER() OVER (PARTITION BY nl.LEGAL_STATUS_ID ORDER BY pc.START_DATE DESC) AS rn
        FROM "dm_non_la_legal_statuses" nl
        JOIN "dm_non_la_legal_status_types" nt ON nt.LEGAL_STATUS_TYPE = nl.LEGAL_STATUS_TYPE
        JOIN "dm_periods_of_care" pc
          ON pc.PERSON_ID = nl.PERSON_ID AND pc.START_DATE <= nl.START_DATE
         AND (pc.END_DATE IS NULL OR (pc.END_DATE + 1 * INTERVAL '1 day') >= nl.START_DATE)
        WHERE UPPER(TRIM(CAST(nt.IS_SPECIAL_GUARDIANSHIP_ORDER AS VARCHAR(4000)))) = 'Y'
          AND pc.START_DATE <= CURRENT_DATE AND (pc.END_DATE IS NULL OR pc.END_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    ssd_bridge_fill ("perm_table_id", "perm_person_id", "perm_cla_id", "perm_adm_decision_date", "perm_part_of_sibling_group", "perm_siblings_placed_together", "perm_siblings_placed_apart", "perm_ffa_cp_decision_date", "perm_placement_order_date", "perm_matched_date", "perm_adopter_sex", "perm_adopter_legal_status", "perm_number_of_adopters", "perm_placed_for_adoption_date", "perm_adopted_by_carer_flag", "perm_placed_foster_carer_date", "perm_placed_ffa_cp_date", "perm_placement_provider_urn", "perm_decision_reversed_date", "perm_decision_reversed_reason", "perm_permanence_order_date", "perm_permanence_order_type", "perm_adoption_worker_id") AS (
    SELECT
        CONCAT('ADP.', CONCAT(CAST(j.step_id AS VARCHAR(20)), '-', CAST(j.person_id AS VARCHAR(20)))),
        CAST(j.person_id AS VARCHAR(48)),
        CAST(j.period_id AS VARCHAR(48)),
        j.decision,
        NULL, CAST(NULL AS INT), CAST(NULL AS INT),  -- sibling group, siblings together / apart: not in the data mart
        CAST(NULL AS DATE),  -- perm_ffa_cp_decision_date: a form answer whose question code differs per LA
        o.order_date,
        mt.matched,
        NULL, NULL, CAST(NULL AS INT),  -- adopter sex, legal status, number of adopters: not in the data mart
        p.placed_for_adoption,
        NULL,              -- perm_adopted_by_carer_flag: not in the data mart
        CAST(NULL AS DATE),  -- perm_placed_foster_carer_date: needs carer history the data mart does not link
        p.placed_ffa,
        NULL,              -- perm_placement_provider_urn: see ssd_cla_placement for the adoptive placement's URN
        rv.ceased,
        LEFT(rv.ceased_reason, 100),
        p.adopted_on,
        CASE WHEN p.adopted_on IS NOT NULL THEN 'Adoption' END,
        NULL               -- perm_adoption_worker_id: not in the data mart
    FROM journeys j
    LEFT JOIN placed p ON p.step_id = j.step_id AND p.person_id = j.person_id
    LEFT JOIN orders o ON o.step_id = j.step_id AND o.person_id = j.person_id
    LEFT JOIN matches mt ON mt.step_id = j.step_id AND mt.person_id = j.person_id
    LEFT JOIN reversals rv ON rv.step_id = j.step_id AND rv.person_id = j.person_id AND rv.rn = 1
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(j.person_id AS VARCHAR(48)))
    UNION ALL
    SELECT
        CONCAT('SGO.', CAST(g.status_id AS VARCHAR(20))),
        CAST(g.person_id AS VARCHAR(48)),
        CAST(g.period_id AS VARCHAR(48)),
        NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
        g.start_date,
        'Special Guardianship Order',
        NULL
    FROM guardianship g
    WHERE g.rn = 1 AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(g.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("perm_table_id" AS TEXT) AS "perm_table_id", CAST("perm_person_id" AS TEXT) AS "perm_person_id", CAST("perm_cla_id" AS TEXT) AS "perm_cla_id", CAST("perm_adm_decision_date" AS TIMESTAMP) AS "perm_adm_decision_date", CAST("perm_part_of_sibling_group" AS TEXT) AS "perm_part_of_sibling_group", CAST("perm_siblings_placed_together" AS INTEGER) AS "perm_siblings_placed_together", CAST("perm_siblings_placed_apart" AS INTEGER) AS "perm_siblings_placed_apart", CAST("perm_ffa_cp_decision_date" AS TIMESTAMP) AS "perm_ffa_cp_decision_date", CAST("perm_placement_order_date" AS TIMESTAMP) AS "perm_placement_order_date", CAST("perm_matched_date" AS TIMESTAMP) AS "perm_matched_date", CAST("perm_adopter_sex" AS TEXT) AS "perm_adopter_sex", CAST("perm_adopter_legal_status" AS TEXT) AS "perm_adopter_legal_status", CAST("perm_number_of_adopters" AS INTEGER) AS "perm_number_of_adopters", CAST("perm_placed_for_adoption_date" AS TIMESTAMP) AS "perm_placed_for_adoption_date", CAST("perm_adopted_by_carer_flag" AS TEXT) AS "perm_adopted_by_carer_flag", CAST("perm_placed_foster_carer_date" AS TIMESTAMP) AS "perm_placed_foster_carer_date", CAST("perm_placed_ffa_cp_date" AS TIMESTAMP) AS "perm_placed_ffa_cp_date", CAST("perm_placement_provider_urn" AS TEXT) AS "perm_placement_provider_urn", CAST("perm_decision_reversed_date" AS TIMESTAMP) AS "perm_decision_reversed_date", CAST("perm_decision_reversed_reason" AS TEXT) AS "perm_decision_reversed_reason", CAST("perm_permanence_order_date" AS TIMESTAMP) AS "perm_permanence_order_date", CAST("perm_permanence_order_type" AS TEXT) AS "perm_permanence_order_type", CAST("perm_adoption_worker_id" AS TEXT) AS "perm_adoption_worker_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_permanence" ("perm_table_id", "perm_person_id", "perm_cla_id", "perm_adm_decision_date", "perm_part_of_sibling_group", "perm_siblings_placed_together", "perm_siblings_placed_apart", "perm_ffa_cp_decision_date", "perm_placement_order_date", "perm_matched_date", "perm_adopter_sex", "perm_adopter_legal_status", "perm_number_of_adopters", "perm_placed_for_adoption_date", "perm_adopted_by_carer_flag", "perm_placed_foster_carer_date", "perm_placed_ffa_cp_date", "perm_placement_provider_urn", "perm_decision_reversed_date", "perm_decision_reversed_reason", "perm_permanence_order_date", "perm_permanence_order_type", "perm_adoption_worker_id")
        SELECT CASE WHEN LENGTH("perm_table_id") > 48 THEN CONCAT(LEFT("perm_table_id", 47), '…') ELSE "perm_table_id" END, CASE WHEN LENGTH("perm_person_id") > 48 THEN CONCAT(LEFT("perm_person_id", 47), '…') ELSE "perm_person_id" END, CASE WHEN LENGTH("perm_cla_id") > 48 THEN CONCAT(LEFT("perm_cla_id", 47), '…') ELSE "perm_cla_id" END, "perm_adm_decision_date", CASE WHEN LENGTH("perm_part_of_sibling_group") > 1 THEN CONCAT(LEFT("perm_part_of_sibling_group", 0), '…') ELSE "perm_part_of_sibling_group" END, "perm_siblings_placed_together", "perm_siblings_placed_apart", "perm_ffa_cp_decision_date", "perm_placement_order_date", "perm_matched_date", CASE WHEN LENGTH("perm_adopter_sex") > 48 THEN CONCAT(LEFT("perm_adopter_sex", 47), '…') ELSE "perm_adopter_sex" END, CASE WHEN LENGTH("perm_adopter_legal_status") > 100 THEN CONCAT(LEFT("perm_adopter_legal_status", 99), '…') ELSE "perm_adopter_legal_status" END, "perm_number_of_adopters", "perm_placed_for_adoption_date", CASE WHEN LENGTH("perm_adopted_by_carer_flag") > 1 THEN CONCAT(LEFT("perm_adopted_by_carer_flag", 0), '…') ELSE "perm_adopted_by_carer_flag" END, "perm_placed_foster_carer_date", "perm_placed_ffa_cp_date", CASE WHEN LENGTH("perm_placement_provider_urn") > 48 THEN CONCAT(LEFT("perm_placement_provider_urn", 47), '…') ELSE "perm_placement_provider_urn" END, "perm_decision_reversed_date", CASE WHEN LENGTH("perm_decision_reversed_reason") > 100 THEN CONCAT(LEFT("perm_decision_reversed_reason", 99), '…') ELSE "perm_decision_reversed_reason" END, "perm_permanence_order_date", CASE WHEN LENGTH("perm_permanence_order_type") > 100 THEN CONCAT(LEFT("perm_permanence_order_type", 99), '…') ELSE "perm_permanence_order_type" END, CASE WHEN LENGTH("perm_adoption_worker_id") > 100 THEN CONCAT(LEFT("perm_adoption_worker_id", 99), '…') ELSE "perm_adoption_worker_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' perm_table_id=', COUNT(*) FILTER (WHERE LENGTH("perm_table_id") > 48)), ' perm_table_id=0'), NULLIF(CONCAT(' perm_person_id=', COUNT(*) FILTER (WHERE LENGTH("perm_person_id") > 48)), ' perm_person_id=0'), NULLIF(CONCAT(' perm_cla_id=', COUNT(*) FILTER (WHERE LENGTH("perm_cla_id") > 48)), ' perm_cla_id=0'), NULLIF(CONCAT(' perm_part_of_sibling_group=', COUNT(*) FILTER (WHERE LENGTH("perm_part_of_sibling_group") > 1)), ' perm_part_of_sibling_group=0'), NULLIF(CONCAT(' perm_adopter_sex=', COUNT(*) FILTER (WHERE LENGTH("perm_adopter_sex") > 48)), ' perm_adopter_sex=0'), NULLIF(CONCAT(' perm_adopter_legal_status=', COUNT(*) FILTER (WHERE LENGTH("perm_adopter_legal_status") > 100)), ' perm_adopter_legal_status=0'), NULLIF(CONCAT(' perm_adopted_by_carer_flag=', COUNT(*) FILTER (WHERE LENGTH("perm_adopted_by_carer_flag") > 1)), ' perm_adopted_by_carer_flag=0'), NULLIF(CONCAT(' perm_placement_provider_urn=', COUNT(*) FILTER (WHERE LENGTH("perm_placement_provider_urn") > 48)), ' perm_placement_provider_urn=0'), NULLIF(CONCAT(' perm_decision_reversed_reason=', COUNT(*) FILTER (WHERE LENGTH("perm_decision_reversed_reason") > 100)), ' perm_decision_reversed_reason=0'), NULLIF(CONCAT(' perm_permanence_order_type=', COUNT(*) FILTER (WHERE LENGTH("perm_permanence_order_type") > 100)), ' perm_permanence_order_type=0'), NULLIF(CONCAT(' perm_adoption_worker_id=', COUNT(*) FILTER (WHERE LENGTH("perm_adoption_worker_id") > 100)), ' perm_adoption_worker_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_permanence', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_permanence', cuts; END IF;
END $$;

-- ssd-bridge: end of batch
