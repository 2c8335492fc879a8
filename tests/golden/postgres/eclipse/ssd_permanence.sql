DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_permanence'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_permanence";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_permanence" ("perm_table_id" TEXT, "perm_person_id" TEXT, "perm_cla_id" TEXT, "perm_adm_decision_date" TIMESTAMP, "perm_part_of_sibling_group" TEXT, "perm_siblings_placed_together" INTEGER, "perm_siblings_placed_apart" INTEGER, "perm_ffa_cp_decision_date" TIMESTAMP, "perm_placement_order_date" TIMESTAMP, "perm_matched_date" TIMESTAMP, "perm_adopter_sex" TEXT, "perm_adopter_legal_status" TEXT, "perm_number_of_adopters" INTEGER, "perm_placed_for_adoption_date" TIMESTAMP, "perm_adopted_by_carer_flag" TEXT, "perm_placed_foster_carer_date" TIMESTAMP, "perm_placed_ffa_cp_date" TIMESTAMP, "perm_placement_provider_urn" TEXT, "perm_decision_reversed_date" TIMESTAMP, "perm_decision_reversed_reason" TEXT, "perm_permanence_order_date" TIMESTAMP, "perm_permanence_order_type" TEXT, "perm_adoption_worker_id" TEXT);
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
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
    )
    INSERT INTO pg_temp."ssd_load_ssd_permanence" ("perm_table_id", "perm_person_id", "perm_cla_id", "perm_adm_decision_date", "perm_part_of_sibling_group", "perm_siblings_placed_together", "perm_siblings_placed_apart", "perm_ffa_cp_decision_date", "perm_placement_order_date", "perm_matched_date", "perm_adopter_sex", "perm_adopter_legal_status", "perm_number_of_adopters", "perm_placed_for_adoption_date", "perm_adopted_by_carer_flag", "perm_placed_foster_carer_date", "perm_placed_ffa_cp_date", "perm_placement_provider_urn", "perm_decision_reversed_date", "perm_decision_reversed_reason", "perm_permanence_order_date", "perm_permanence_order_type", "perm_adoption_worker_id")
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
    LEFT JOIN endings en ON en.event_key = a.event_key;
    DELETE FROM "ssd"."ssd_permanence";
    INSERT INTO "ssd"."ssd_permanence" ("perm_table_id", "perm_person_id", "perm_cla_id", "perm_adm_decision_date", "perm_part_of_sibling_group", "perm_siblings_placed_together", "perm_siblings_placed_apart", "perm_ffa_cp_decision_date", "perm_placement_order_date", "perm_matched_date", "perm_adopter_sex", "perm_adopter_legal_status", "perm_number_of_adopters", "perm_placed_for_adoption_date", "perm_adopted_by_carer_flag", "perm_placed_foster_carer_date", "perm_placed_ffa_cp_date", "perm_placement_provider_urn", "perm_decision_reversed_date", "perm_decision_reversed_reason", "perm_permanence_order_date", "perm_permanence_order_type", "perm_adoption_worker_id")
    SELECT CASE WHEN LENGTH("perm_table_id") > 48 THEN CONCAT(LEFT("perm_table_id", 47), '…') ELSE "perm_table_id" END, CASE WHEN LENGTH("perm_person_id") > 48 THEN CONCAT(LEFT("perm_person_id", 47), '…') ELSE "perm_person_id" END, CASE WHEN LENGTH("perm_cla_id") > 48 THEN CONCAT(LEFT("perm_cla_id", 47), '…') ELSE "perm_cla_id" END, "perm_adm_decision_date", CASE WHEN LENGTH("perm_part_of_sibling_group") > 1 THEN CONCAT(LEFT("perm_part_of_sibling_group", 0), '…') ELSE "perm_part_of_sibling_group" END, "perm_siblings_placed_together", "perm_siblings_placed_apart", "perm_ffa_cp_decision_date", "perm_placement_order_date", "perm_matched_date", CASE WHEN LENGTH("perm_adopter_sex") > 48 THEN CONCAT(LEFT("perm_adopter_sex", 47), '…') ELSE "perm_adopter_sex" END, CASE WHEN LENGTH("perm_adopter_legal_status") > 100 THEN CONCAT(LEFT("perm_adopter_legal_status", 99), '…') ELSE "perm_adopter_legal_status" END, "perm_number_of_adopters", "perm_placed_for_adoption_date", CASE WHEN LENGTH("perm_adopted_by_carer_flag") > 1 THEN CONCAT(LEFT("perm_adopted_by_carer_flag", 0), '…') ELSE "perm_adopted_by_carer_flag" END, "perm_placed_foster_carer_date", "perm_placed_ffa_cp_date", CASE WHEN LENGTH("perm_placement_provider_urn") > 48 THEN CONCAT(LEFT("perm_placement_provider_urn", 47), '…') ELSE "perm_placement_provider_urn" END, "perm_decision_reversed_date", CASE WHEN LENGTH("perm_decision_reversed_reason") > 100 THEN CONCAT(LEFT("perm_decision_reversed_reason", 99), '…') ELSE "perm_decision_reversed_reason" END, "perm_permanence_order_date", CASE WHEN LENGTH("perm_permanence_order_type") > 100 THEN CONCAT(LEFT("perm_permanence_order_type", 99), '…') ELSE "perm_permanence_order_type" END, CASE WHEN LENGTH("perm_adoption_worker_id") > 100 THEN CONCAT(LEFT("perm_adoption_worker_id", 99), '…') ELSE "perm_adoption_worker_id" END FROM pg_temp."ssd_load_ssd_permanence";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_permanence', loaded;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    SELECT CONCAT('', NULLIF(CONCAT(' perm_table_id=', COUNT(*) FILTER (WHERE LENGTH("perm_table_id") > 48)), ' perm_table_id=0'), NULLIF(CONCAT(' perm_person_id=', COUNT(*) FILTER (WHERE LENGTH("perm_person_id") > 48)), ' perm_person_id=0'), NULLIF(CONCAT(' perm_cla_id=', COUNT(*) FILTER (WHERE LENGTH("perm_cla_id") > 48)), ' perm_cla_id=0'), NULLIF(CONCAT(' perm_part_of_sibling_group=', COUNT(*) FILTER (WHERE LENGTH("perm_part_of_sibling_group") > 1)), ' perm_part_of_sibling_group=0'), NULLIF(CONCAT(' perm_adopter_sex=', COUNT(*) FILTER (WHERE LENGTH("perm_adopter_sex") > 48)), ' perm_adopter_sex=0'), NULLIF(CONCAT(' perm_adopter_legal_status=', COUNT(*) FILTER (WHERE LENGTH("perm_adopter_legal_status") > 100)), ' perm_adopter_legal_status=0'), NULLIF(CONCAT(' perm_adopted_by_carer_flag=', COUNT(*) FILTER (WHERE LENGTH("perm_adopted_by_carer_flag") > 1)), ' perm_adopted_by_carer_flag=0'), NULLIF(CONCAT(' perm_placement_provider_urn=', COUNT(*) FILTER (WHERE LENGTH("perm_placement_provider_urn") > 48)), ' perm_placement_provider_urn=0'), NULLIF(CONCAT(' perm_decision_reversed_reason=', COUNT(*) FILTER (WHERE LENGTH("perm_decision_reversed_reason") > 100)), ' perm_decision_reversed_reason=0'), NULLIF(CONCAT(' perm_permanence_order_type=', COUNT(*) FILTER (WHERE LENGTH("perm_permanence_order_type") > 100)), ' perm_permanence_order_type=0'), NULLIF(CONCAT(' perm_adoption_worker_id=', COUNT(*) FILTER (WHERE LENGTH("perm_adoption_worker_id") > 100)), ' perm_adoption_worker_id=0')), '' INTO cuts, unread FROM pg_temp."ssd_load_ssd_permanence";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_permanence', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_permanence";
END $$;
-- ssd-bridge: end of batch
