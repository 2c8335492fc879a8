DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_placement'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cla_placement";
    WITH firsts AS (
        SELECT ps.PLACEMENT_ID AS placement_id, MAX(ps.PERSON_ID) AS person_id, MIN(ps.START_DATE) AS start_date
        FROM "dm_placements" ps
        GROUP BY ps.PLACEMENT_ID
    ),
    last_splits AS (
        SELECT pl.PLACEMENT_ID AS placement_id, pl.PERSON_ID AS person_id, pl.PERIOD_OF_CARE_ID AS period_id,
               pl.PLACEMENT_TYPE AS placement_type, pl.END_DATE AS end_date,
               pl.REASON_FOR_PLACEMENT_CHANGE AS change_reason,
               ROW_NUMBER() OVER (PARTITION BY pl.PLACEMENT_ID ORDER BY pl.SPLIT_NUMBER DESC) AS rn
        FROM "dm_placements" pl
    ),
    elements AS (
        SELECT cs.PLACEMENT_ID AS placement_id, pd.OFSTED_URN AS urn, pd.CIN_PROVIDER_CATEGORY_CODE AS provider,
               ROW_NUMBER() OVER (PARTITION BY cs.PLACEMENT_ID ORDER BY cs.START_DATE DESC, cs.SERVICE_SPLIT_NUMBER DESC) AS rn
        FROM "dm_cla_summaries" cs
        JOIN "dm_placement_details" pd
          ON pd.ELEMENT_DETAIL_ID = cs.ELEMENT_DETAIL_ID AND pd.SPLIT_NUMBER = cs.SERVICE_SPLIT_NUMBER
    ),
    addresses AS (
        SELECT ap.PLACEMENT_ID AS placement_id, ca.POST_CODE AS postcode,
               ROW_NUMBER() OVER (PARTITION BY ap.PLACEMENT_ID
                                  ORDER BY ap.SPLIT_NUMBER DESC, acs.START_DATE DESC, acs.SERVICE_SPLIT_NUMBER DESC,
                                           ca.START_DATE DESC) AS rn
        FROM "dm_placements" ap
        JOIN "dm_cla_summaries" acs ON acs.PLACEMENT_ID = ap.PLACEMENT_ID
        JOIN "dm_placement_details" apd
          ON apd.ELEMENT_DETAIL_ID = acs.ELEMENT_DETAIL_ID AND apd.SPLIT_NUMBER = acs.SERVICE_SPLIT_NUMBER
        JOIN "dm_placement_carer_addresses" ca
          ON ca.CARER_ID = apd.CARER_ID AND ca.START_DATE <= COALESCE(ap.END_DATE, CURRENT_DATE) AND (ca.END_DATE IS NULL OR ca.END_DATE >= COALESCE(ap.END_DATE, CURRENT_DATE))
    ),
    ssd_bridge_fill ("clap_cla_placement_id", "clap_cla_id", "clap_person_id", "clap_cla_placement_start_date", "clap_cla_placement_type", "clap_cla_placement_urn", "clap_cla_placement_distance", "clap_cla_placement_provider", "clap_cla_placement_postcode", "clap_cla_placement_end_date", "clap_cla_placement_change_reason") AS (
    SELECT
        CAST(f.placement_id AS VARCHAR(48)),
        CAST(ls.period_id AS VARCHAR(48)),
        CAST(f.person_id AS VARCHAR(48)),
        f.start_date,
        LEFT(ls.placement_type, 100),
        LEFT(el.urn, 48),
        NULL,  -- clap_cla_placement_distance: the data mart holds no distance from home
        LEFT(el.provider, 48),
        LEFT(UPPER(LTRIM(RTRIM(ad.postcode))), 8),
        ls.end_date,
        LEFT(ls.change_reason, 100)
    FROM firsts f
    LEFT JOIN last_splits ls ON ls.placement_id = f.placement_id AND ls.rn = 1
    LEFT JOIN elements el ON el.placement_id = f.placement_id AND el.rn = 1
    LEFT JOIN addresses ad ON ad.placement_id = f.placement_id AND ad.rn = 1
    WHERE f.start_date <= CURRENT_DATE AND (ls.end_date IS NULL OR ls.end_date >= (CURRENT_DATE - INTERVAL '6 years'))
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(f.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("clap_cla_placement_id" AS TEXT) AS "clap_cla_placement_id", CAST("clap_cla_id" AS TEXT) AS "clap_cla_id", CAST("clap_person_id" AS TEXT) AS "clap_person_id", CAST("clap_cla_placement_start_date" AS TIMESTAMP) AS "clap_cla_placement_start_date", CAST("clap_cla_placement_type" AS TEXT) AS "clap_cla_placement_type", CAST("clap_cla_placement_urn" AS TEXT) AS "clap_cla_placement_urn", CAST("clap_cla_placement_distance" AS DOUBLE PRECISION) AS "clap_cla_placement_distance", CAST("clap_cla_placement_provider" AS TEXT) AS "clap_cla_placement_provider", CAST("clap_cla_placement_postcode" AS TEXT) AS "clap_cla_placement_postcode", CAST("clap_cla_placement_end_date" AS TIMESTAMP) AS "clap_cla_placement_end_date", CAST("clap_cla_placement_change_reason" AS TEXT) AS "clap_cla_placement_change_reason"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cla_placement" ("clap_cla_placement_id", "clap_cla_id", "clap_person_id", "clap_cla_placement_start_date", "clap_cla_placement_type", "clap_cla_placement_urn", "clap_cla_placement_distance", "clap_cla_placement_provider", "clap_cla_placement_postcode", "clap_cla_placement_end_date", "clap_cla_placement_change_reason")
        SELECT CASE WHEN LENGTH("clap_cla_placement_id") > 48 THEN CONCAT(LEFT("clap_cla_placement_id", 47), '…') ELSE "clap_cla_placement_id" END, CASE WHEN LENGTH("clap_cla_id") > 48 THEN CONCAT(LEFT("clap_cla_id", 47), '…') ELSE "clap_cla_id" END, CASE WHEN LENGTH("clap_person_id") > 48 THEN CONCAT(LEFT("clap_person_id", 47), '…') ELSE "clap_person_id" END, "clap_cla_placement_start_date", CASE WHEN LENGTH("clap_cla_placement_type") > 100 THEN CONCAT(LEFT("clap_cla_placement_type", 99), '…') ELSE "clap_cla_placement_type" END, CASE WHEN LENGTH("clap_cla_placement_urn") > 48 THEN CONCAT(LEFT("clap_cla_placement_urn", 47), '…') ELSE "clap_cla_placement_urn" END, "clap_cla_placement_distance", CASE WHEN LENGTH("clap_cla_placement_provider") > 48 THEN CONCAT(LEFT("clap_cla_placement_provider", 47), '…') ELSE "clap_cla_placement_provider" END, CASE WHEN LENGTH("clap_cla_placement_postcode") > 8 THEN CONCAT(LEFT("clap_cla_placement_postcode", 7), '…') ELSE "clap_cla_placement_postcode" END, "clap_cla_placement_end_date", CASE WHEN LENGTH("clap_cla_placement_change_reason") > 100 THEN CONCAT(LEFT("clap_cla_placement_change_reason", 99), '…') ELSE "clap_cla_placement_change_reason" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' clap_cla_placement_id=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_placement_id") > 48)), ' clap_cla_placement_id=0'), NULLIF(CONCAT(' clap_cla_id=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_id") > 48)), ' clap_cla_id=0'), NULLIF(CONCAT(' clap_person_id=', COUNT(*) FILTER (WHERE LENGTH("clap_person_id") > 48)), ' clap_person_id=0'), NULLIF(CONCAT(' clap_cla_placement_type=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_placement_type") > 100)), ' clap_cla_placement_type=0'), NULLIF(CONCAT(' clap_cla_placement_urn=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_placement_urn") > 48)), ' clap_cla_placement_urn=0'), NULLIF(CONCAT(' clap_cla_placement_provider=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_placement_provider") > 48)), ' clap_cla_placement_provider=0'), NULLIF(CONCAT(' clap_cla_placement_postcode=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_placement_postcode") > 8)), ' clap_cla_placement_postcode=0'), NULLIF(CONCAT(' clap_cla_placement_change_reason=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_placement_change_reason") > 100)), ' clap_cla_placement_change_reason=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_placement', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_placement', cuts; END IF;
END $$;

-- ssd-bridge: end of batch
