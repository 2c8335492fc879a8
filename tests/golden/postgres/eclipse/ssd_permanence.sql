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
    WITH adoptions AS (
        SELECT ad.ADOPTIONID AS event_key, ad.PERSONID AS person_id, ad.DATESHOULDBEPLACED AS event_date,
            ad.GENDEROFADOPTERSCODE AS adopter_sex, ad.ADOPTERSLEGALSTATUSCODE AS adopter_status,
            ad.REASONNOLONGERPLANNEDCODE AS reversed_reason
        FROM "claadoptionsview" ad
        WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(ad.PERSONID AS VARCHAR(48)))
    ),
    periods AS (
        SELECT px.event_key, px.period_id, px.discharge_date
        FROM (
            SELECT a.event_key, pc.PERIODOFCAREID AS period_id, pc.DISCHARGEDATE AS discharge_date,
                ROW_NUMBER() OVER (PARTITION BY a.event_key ORDER BY pc.ADMISSIONDATE DESC, pc.PERIODOFCAREID DESC) AS pick
            FROM adoptions a
            JOIN "claperiodofcareview" pc ON pc.PERSONID = a.person_id AND pc.ADMISSIONDATE <= a.event_date
        ) px
        WHERE px.pick = 1
    ),
    placed AS (
        SELECT a.event_key, MIN(e.EOCSTARTDATE) AS placed_date
        FROM adoptions a
        JOIN periods p ON p.event_key = a.event_key
        JOIN "claepisodeofcareview" e ON e.PERSONID = a.person_id AND e.PERIODOFCAREID = p.period_id
            AND e.EOCSTARTDATE >= a.event_date AND UPPER(TRIM(CAST(e.PLACEMENTTYPECODE AS VARCHAR(4000)))) IN ('APP_ADOPT', 'CONS_ADOPT_NOTFP', 'ORD_ADOPT_FP', 'ORD_ADOPT_NOTFP', 'A3', 'A4', 'A5', 'A6')
        GROUP BY a.event_key
    ),
    endings AS (
        SELECT ex.event_key, ex.end_reason
        FROM (
            SELECT p.event_key, e.EOCENDREASONCODE AS end_reason,
                ROW_NUMBER() OVER (PARTITION BY p.event_key ORDER BY e.EOCSTARTDATE DESC, e.EPISODEOFCAREID DESC) AS pick
            FROM periods p
            JOIN adoptions a ON a.event_key = p.event_key
            JOIN "claepisodeofcareview" e ON e.PERSONID = a.person_id AND e.PERIODOFCAREID = p.period_id
            WHERE p.discharge_date IS NOT NULL
        ) ex
        WHERE ex.pick = 1
    ),
    ssd_bridge_fill ("perm_table_id", "perm_person_id", "perm_cla_id", "perm_adm_decision_date", "perm_part_of_sibling_group", "perm_siblings_placed_together", "perm_siblings_placed_apart", "perm_ffa_cp_decision_date", "perm_placement_order_date", "perm_matched_date", "perm_adopter_sex", "perm_adopter_legal_status", "perm_number_of_adopters", "perm_placed_for_adoption_date", "perm_adopted_by_carer_flag", "perm_placed_foster_carer_date", "perm_placed_ffa_cp_date", "perm_placement_provider_urn", "perm_decision_reversed_date", "perm_decision_reversed_reason", "perm_permanence_order_date", "perm_permanence_order_type", "perm_adoption_worker_id") AS (
    SELECT
        CAST(a.event_key AS VARCHAR(48)),
        CAST(a.person_id AS VARCHAR(48)),
        CAST(p.period_id AS VARCHAR(48)),
        a.event_date,
        NULL, NULL, NULL, NULL, NULL, NULL,
        LEFT(a.adopter_sex, 48),
        LEFT(a.adopter_status, 100),
        NULL,
        pl.placed_date,
        NULL, NULL, NULL, NULL, NULL,
        LEFT(a.reversed_reason, 100),
        CASE WHEN UPPER(TRIM(CAST(en.end_reason AS VARCHAR(4000)))) IN ('E11', 'E12', 'E41', 'E43', 'E44', 'E45', 'E46', 'E47', 'E48') THEN p.discharge_date END,
        CASE WHEN UPPER(TRIM(CAST(en.end_reason AS VARCHAR(4000)))) IN ('E11', 'E12') THEN 'Adoption'
            WHEN UPPER(TRIM(CAST(en.end_reason AS VARCHAR(4000)))) IN ('E43', 'E44', 'E45', 'E46', 'E47', 'E48') THEN 'Special Guardianship Order'
            WHEN UPPER(TRIM(CAST(en.end_reason AS VARCHAR(4000)))) = 'E41' THEN 'Child Arrangements/ Residence Order' END,
        NULL
    FROM adoptions a
    LEFT JOIN periods p ON p.event_key = a.event_key
    LEFT JOIN placed pl ON pl.event_key = a.event_key
    LEFT JOIN endings en ON en.event_key = a.event_key
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
