DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_convictions'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cla_convictions";
    WITH
    ssd_bridge_fill ("clac_cla_conviction_id", "clac_person_id", "clac_cla_conviction_date", "clac_cla_conviction_offence") AS (
    SELECT
        CAST(o.OFFENCE_ID AS VARCHAR(48)),
        CAST(o.PERSON_ID AS VARCHAR(48)),
        CAST(o.OFFENCE_DATE AS DATE),
        NULL  -- clac_cla_conviction_offence: not in dm_offences
    FROM "dm_offences" o
    WHERE UPPER(TRIM(CAST(o.IS_CONVICTED AS VARCHAR(4000)))) = 'Y'
      AND o.OFFENCE_DATE >= (CURRENT_DATE - INTERVAL '6 years') AND o.OFFENCE_DATE <= CURRENT_DATE
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(o.PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("clac_cla_conviction_id" AS TEXT) AS "clac_cla_conviction_id", CAST("clac_person_id" AS TEXT) AS "clac_person_id", CAST("clac_cla_conviction_date" AS TIMESTAMP) AS "clac_cla_conviction_date", CAST("clac_cla_conviction_offence" AS TEXT) AS "clac_cla_conviction_offence"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cla_convictions" ("clac_cla_conviction_id", "clac_person_id", "clac_cla_conviction_date", "clac_cla_conviction_offence")
        SELECT CASE WHEN LENGTH("clac_cla_conviction_id") > 48 THEN CONCAT(LEFT("clac_cla_conviction_id", 47), '…') ELSE "clac_cla_conviction_id" END, CASE WHEN LENGTH("clac_person_id") > 48 THEN CONCAT(LEFT("clac_person_id", 47), '…') ELSE "clac_person_id" END, "clac_cla_conviction_date", CASE WHEN LENGTH("clac_cla_conviction_offence") > 1000 THEN CONCAT(LEFT("clac_cla_conviction_offence", 999), '…') ELSE "clac_cla_conviction_offence" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' clac_cla_conviction_id=', COUNT(*) FILTER (WHERE LENGTH("clac_cla_conviction_id") > 48)), ' clac_cla_conviction_id=0'), NULLIF(CONCAT(' clac_person_id=', COUNT(*) FILTER (WHERE LENGTH("clac_person_id") > 48)), ' clac_person_id=0'), NULLIF(CONCAT(' clac_cla_conviction_offence=', COUNT(*) FILTER (WHERE LENGTH("clac_cla_conviction_offence") > 1000)), ' clac_cla_conviction_offence=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_convictions', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_convictions', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
