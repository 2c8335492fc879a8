
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
    WITH urns AS (
        -- one URN per placement (the highest, so the choice is repeatable)
        SELECT e.FACT_CLA_PLACEMENT_ID, MAX(e.OFSTED_URN) AS urn
        FROM "hdm"."child_social"."fact_care_episodes" e
        WHERE e.OFSTED_URN LIKE 'SC%'
        GROUP BY e.FACT_CLA_PLACEMENT_ID
    ),
    ssd_bridge_fill ("clap_cla_placement_id", "clap_cla_id", "clap_person_id", "clap_cla_placement_start_date", "clap_cla_placement_type", "clap_cla_placement_urn", "clap_cla_placement_distance", "clap_cla_placement_provider", "clap_cla_placement_postcode", "clap_cla_placement_end_date", "clap_cla_placement_change_reason", "unreadable__clap_cla_placement_distance") AS (
    SELECT
        CAST(pl.FACT_CLA_PLACEMENT_ID AS VARCHAR(48)),
        CAST(NULLIF(pl.FACT_CLA_ID, -1) AS VARCHAR(48)),
        CAST(pl.DIM_PERSON_ID AS VARCHAR(48)),
        pl.START_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(pl.DIM_LOOKUP_PLACEMENT_TYPE_CODE)), 100), ''),
        LEFT(u.urn, 48),
        CASE WHEN TRIM(CAST(pl.DISTANCE_FROM_HOME AS TEXT)) ~ '^-?([0-9]{1,15}(\.[0-9]*)?|\.[0-9]+)$' THEN CAST(TRIM(CAST(pl.DISTANCE_FROM_HOME AS TEXT)) AS DOUBLE PRECISION) END,
        NULLIF(LEFT(LTRIM(RTRIM(pl.DIM_LOOKUP_PLACEMENT_PROVIDER_CODE)), 48), ''),
        CASE WHEN LTRIM(RTRIM(pl.POSTCODE)) LIKE '_____%' THEN NULLIF(LEFT(LTRIM(RTRIM(pl.POSTCODE)), 8), '') END,
        pl.END_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(pl.DIM_LOOKUP_PLAC_CHNG_REAS_CODE)), 100), ''),
        CASE WHEN CASE WHEN TRIM(CAST(pl.DISTANCE_FROM_HOME AS TEXT)) ~ '^-?([0-9]{1,15}(\.[0-9]*)?|\.[0-9]+)$' THEN CAST(TRIM(CAST(pl.DISTANCE_FROM_HOME AS TEXT)) AS DOUBLE PRECISION) END IS NULL AND LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS VARCHAR(4000)))) <> '' THEN 1 END
    FROM "hdm"."child_social"."fact_cla_placement" pl
    LEFT JOIN urns u ON u.FACT_CLA_PLACEMENT_ID = pl.FACT_CLA_PLACEMENT_ID
    WHERE pl.FACT_CLA_PLACEMENT_ID <> -1
        AND UPPER(TRIM(CAST(pl.DIM_LOOKUP_PLACEMENT_TYPE_CODE AS VARCHAR(4000)))) IN ('A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'H1', 'H2', 'H3', 'H4', 'H5', 'H5A', 'K1', 'K2', 'M2', 'M3', 'P1', 'P2', 'Q1', 'Q2', 'R1', 'R2', 'R3', 'R5', 'S1', 'T0', 'T1', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1')
        AND (pl.END_DTTM IS NULL OR pl.END_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(pl.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("clap_cla_placement_id" AS TEXT) AS "clap_cla_placement_id", CAST("clap_cla_id" AS TEXT) AS "clap_cla_id", CAST("clap_person_id" AS TEXT) AS "clap_person_id", CAST("clap_cla_placement_start_date" AS TIMESTAMP) AS "clap_cla_placement_start_date", CAST("clap_cla_placement_type" AS TEXT) AS "clap_cla_placement_type", CAST("clap_cla_placement_urn" AS TEXT) AS "clap_cla_placement_urn", CAST("clap_cla_placement_distance" AS DOUBLE PRECISION) AS "clap_cla_placement_distance", CAST("clap_cla_placement_provider" AS TEXT) AS "clap_cla_placement_provider", CAST("clap_cla_placement_postcode" AS TEXT) AS "clap_cla_placement_postcode", CAST("clap_cla_placement_end_date" AS TIMESTAMP) AS "clap_cla_placement_end_date", CAST("clap_cla_placement_change_reason" AS TEXT) AS "clap_cla_placement_change_reason", CAST("unreadable__clap_cla_placement_distance" AS INTEGER) AS "unreadable__clap_cla_placement_distance"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cla_placement" ("clap_cla_placement_id", "clap_cla_id", "clap_person_id", "clap_cla_placement_start_date", "clap_cla_placement_type", "clap_cla_placement_urn", "clap_cla_placement_distance", "clap_cla_placement_provider", "clap_cla_placement_postcode", "clap_cla_placement_end_date", "clap_cla_placement_change_reason")
        SELECT CASE WHEN LENGTH("clap_cla_placement_id") > 48 THEN CONCAT(LEFT("clap_cla_placement_id", 47), '…') ELSE "clap_cla_placement_id" END, CASE WHEN LENGTH("clap_cla_id") > 48 THEN CONCAT(LEFT("clap_cla_id", 47), '…') ELSE "clap_cla_id" END, CASE WHEN LENGTH("clap_person_id") > 48 THEN CONCAT(LEFT("clap_person_id", 47), '…') ELSE "clap_person_id" END, "clap_cla_placement_start_date", CASE WHEN LENGTH("clap_cla_placement_type") > 100 THEN CONCAT(LEFT("clap_cla_placement_type", 99), '…') ELSE "clap_cla_placement_type" END, CASE WHEN LENGTH("clap_cla_placement_urn") > 48 THEN CONCAT(LEFT("clap_cla_placement_urn", 47), '…') ELSE "clap_cla_placement_urn" END, "clap_cla_placement_distance", CASE WHEN LENGTH("clap_cla_placement_provider") > 48 THEN CONCAT(LEFT("clap_cla_placement_provider", 47), '…') ELSE "clap_cla_placement_provider" END, CASE WHEN LENGTH("clap_cla_placement_postcode") > 8 THEN CONCAT(LEFT("clap_cla_placement_postcode", 7), '…') ELSE "clap_cla_placement_postcode" END, "clap_cla_placement_end_date", CASE WHEN LENGTH("clap_cla_placement_change_reason") > 100 THEN CONCAT(LEFT("clap_cla_placement_change_reason", 99), '…') ELSE "clap_cla_placement_change_reason" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' clap_cla_placement_id=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_placement_id") > 48)), ' clap_cla_placement_id=0'), NULLIF(CONCAT(' clap_cla_id=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_id") > 48)), ' clap_cla_id=0'), NULLIF(CONCAT(' clap_person_id=', COUNT(*) FILTER (WHERE LENGTH("clap_person_id") > 48)), ' clap_person_id=0'), NULLIF(CONCAT(' clap_cla_placement_type=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_placement_type") > 100)), ' clap_cla_placement_type=0'), NULLIF(CONCAT(' clap_cla_placement_urn=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_placement_urn") > 48)), ' clap_cla_placement_urn=0'), NULLIF(CONCAT(' clap_cla_placement_provider=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_placement_provider") > 48)), ' clap_cla_placement_provider=0'), NULLIF(CONCAT(' clap_cla_placement_postcode=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_placement_postcode") > 8)), ' clap_cla_placement_postcode=0'), NULLIF(CONCAT(' clap_cla_placement_change_reason=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_placement_change_reason") > 100)), ' clap_cla_placement_change_reason=0')), CONCAT('', NULLIF(CONCAT(' clap_cla_placement_distance=', COUNT(*) FILTER (WHERE "unreadable__clap_cla_placement_distance" = 1)), ' clap_cla_placement_distance=0')) INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_placement', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_placement', cuts; END IF;
    IF unread <> '' THEN RAISE NOTICE 'ssd-bridge unreadable: %:%', 'ssd_cla_placement', unread; END IF;
END $$;
-- ssd-bridge: end of batch
