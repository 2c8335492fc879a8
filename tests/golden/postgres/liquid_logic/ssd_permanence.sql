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
    WITH episodes AS (
        SELECT
            fce.FACT_CARE_EPISODES_ID, fce.DIM_PERSON_ID, fce.FACT_CLA_ID, fce.PLACEND,
            fce.CARE_REASON_END_CODE, fce.OFSTED_URN,
            fa.FACT_ADOPTION_ID, fa.DECISION_DTTM, fa.SIBLING_GROUP, fa.NUMBER_TOGETHER, fa.NUMBER_APART,
            fa.PLACEMENT_ORDER_DTTM, fa.MATCHING_DTTM, fa.DIM_LOOKUP_ADOPTER_GENDER_CODE,
            fa.DIM_LOOKUP_ADOPTER_LEGAL_STATUS_CODE, fa.NO_OF_ADOPTERS, fa.ADOPTED_BY_CARER_FLAG,
            fa.FOSTER_TO_ADOPT_DTTM, fa.NO_LONGER_PLACED_DTTM, fa.DIM_LOOKUP_ADOP_REASON_CEASED_CODE,
            fa.ADOPTION_SOCIAL_WORKER_ID,
            fcpl.FFA_IS_PLAN_DATE, fcpl.DIM_LOOKUP_PLACEMENT_TYPE_CODE, fcpl.START_DTTM AS placement_start,
            -- one permanence row per child: the latest episode, then the latest adoption record
            ROW_NUMBER() OVER (
                PARTITION BY fce.DIM_PERSON_ID
                ORDER BY CASE WHEN fce.CARE_START_DATE IS NULL THEN 1 ELSE 0 END, fce.CARE_START_DATE DESC, fce.FACT_CARE_EPISODES_ID DESC,
                         CASE WHEN fa.START_DTTM IS NULL THEN 1 ELSE 0 END, fa.START_DTTM DESC, fa.FACT_ADOPTION_ID DESC
            ) AS rn
        FROM "hdm"."child_social"."fact_care_episodes" fce
        LEFT JOIN "hdm"."child_social"."fact_adoption" fa
            ON fa.DIM_PERSON_ID = fce.DIM_PERSON_ID AND fa.START_DTTM IS NOT NULL
        LEFT JOIN "hdm"."child_social"."fact_cla_placement" fcpl
            ON fcpl.FACT_CLA_PLACEMENT_ID = fce.FACT_CLA_PLACEMENT_ID
            AND fcpl.FACT_CLA_PLACEMENT_ID <> -1
            AND (UPPER(TRIM(CAST(fcpl.DIM_LOOKUP_PLACEMENT_TYPE_CODE AS VARCHAR(4000)))) IN ('A3', 'A4', 'A5', 'A6') OR fcpl.FFA_IS_PLAN_DATE IS NOT NULL)
        WHERE fce.DIM_PERSON_ID <> -1
            AND (
                (fce.PLACEND IS NULL AND fa.FACT_ADOPTION_ID IS NOT NULL)
                OR UPPER(TRIM(CAST(fce.CARE_REASON_END_CODE AS VARCHAR(4000)))) IN ('E1', 'E11', 'E12', 'E43', 'E44', 'E45', 'E46', 'E47', 'E48', '45', 'E41')
            )
            AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(fce.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    ssd_bridge_fill ("perm_table_id", "perm_person_id", "perm_cla_id", "perm_adm_decision_date", "perm_part_of_sibling_group", "perm_siblings_placed_together", "perm_siblings_placed_apart", "perm_ffa_cp_decision_date", "perm_placement_order_date", "perm_matched_date", "perm_adopter_sex", "perm_adopter_legal_status", "perm_number_of_adopters", "perm_placed_for_adoption_date", "perm_adopted_by_carer_flag", "perm_placed_foster_carer_date", "perm_placed_ffa_cp_date", "perm_placement_provider_urn", "perm_decision_reversed_date", "perm_decision_reversed_reason", "perm_permanence_order_date", "perm_permanence_order_type", "perm_adoption_worker_id") AS (
    SELECT
        CASE WHEN ep.FACT_ADOPTION_ID IS NOT NULL
            THEN CONCAT(CAST(ep.FACT_ADOPTION_ID AS VARCHAR(48)), '.', CAST(ep.FACT_CARE_EPISODES_ID AS VARCHAR(48)))
            ELSE CAST(ep.FACT_CARE_EPISODES_ID AS VARCHAR(48))
        END,
        CAST(ep.DIM_PERSON_ID AS VARCHAR(48)),
        CAST(NULLIF(ep.FACT_CLA_ID, -1) AS VARCHAR(48)),
        ep.DECISION_DTTM,
        LEFT(ep.SIBLING_GROUP, 1),
        ep.NUMBER_TOGETHER,
        ep.NUMBER_APART,
        ep.FFA_IS_PLAN_DATE,
        ep.PLACEMENT_ORDER_DTTM,
        ep.MATCHING_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(ep.DIM_LOOKUP_ADOPTER_GENDER_CODE)), 48), ''),
        NULLIF(LEFT(LTRIM(RTRIM(ep.DIM_LOOKUP_ADOPTER_LEGAL_STATUS_CODE)), 100), ''),
        ep.NO_OF_ADOPTERS,
        CASE WHEN UPPER(TRIM(CAST(ep.DIM_LOOKUP_PLACEMENT_TYPE_CODE AS VARCHAR(4000)))) IN ('A3', 'A4', 'A5', 'A6') THEN ep.placement_start END,
        LEFT(ep.ADOPTED_BY_CARER_FLAG, 1),
        -- Liquid Logic has no date placed with the foster carer: NULL rather than a made-up date
        NULL,
        ep.FOSTER_TO_ADOPT_DTTM,
        CASE WHEN UPPER(TRIM(CAST(ep.DIM_LOOKUP_PLACEMENT_TYPE_CODE AS VARCHAR(4000)))) IN ('A3', 'A4', 'A5', 'A6') THEN LEFT(ep.OFSTED_URN, 48) END,
        ep.NO_LONGER_PLACED_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(ep.DIM_LOOKUP_ADOP_REASON_CEASED_CODE)), 100), ''),
        ep.PLACEND,
        CASE
            WHEN UPPER(TRIM(CAST(ep.CARE_REASON_END_CODE AS VARCHAR(4000)))) IN ('E1', 'E11', 'E12') THEN 'Adoption'
            WHEN UPPER(TRIM(CAST(ep.CARE_REASON_END_CODE AS VARCHAR(4000)))) IN ('E43', 'E44', 'E45', 'E46', 'E47', 'E48', '45') THEN 'Special Guardianship Order'
            WHEN UPPER(TRIM(CAST(ep.CARE_REASON_END_CODE AS VARCHAR(4000)))) IN ('E41') THEN 'Child Arrangements/ Residence Order'
        END,
        CAST(NULLIF(ep.ADOPTION_SOCIAL_WORKER_ID, -1) AS VARCHAR(100))
    FROM episodes ep
    WHERE ep.rn = 1
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
