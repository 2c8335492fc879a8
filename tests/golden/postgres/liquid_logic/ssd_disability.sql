DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_disability'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_disability";
    WITH disab AS (
        -- one national code per local code, so a doubled lookup row cannot double a disability
        SELECT d.MAIN_CODE, d.NAT_ID,
               ROW_NUMBER() OVER (PARTITION BY d.MAIN_CODE ORDER BY d.NAT_ID) AS rn
        FROM "hdm"."child_social"."dim_lookup_disab" d
        WHERE d.NAT_ID IS NOT NULL AND LTRIM(RTRIM(d.NAT_ID)) <> ''
    ),
    ssd_bridge_fill ("disa_table_id", "disa_person_id", "disa_disability_code") AS (
    SELECT
        CAST(fd.FACT_DISABILITY_ID AS VARCHAR(48)),
        CAST(fd.DIM_PERSON_ID AS VARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(dl.NAT_ID)), 48), '')
    FROM "hdm"."child_social"."fact_disability" fd
    JOIN disab dl ON dl.MAIN_CODE = fd.DIM_LOOKUP_DISAB_CODE AND dl.rn = 1
    WHERE fd.DIM_PERSON_ID <> -1
        AND fd.DIM_LOOKUP_DISAB_CODE IS NOT NULL
        AND (fd.END_DTTM IS NULL OR fd.END_DTTM > CURRENT_TIMESTAMP)
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(fd.DIM_PERSON_ID AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("disa_table_id" AS TEXT) AS "disa_table_id", CAST("disa_person_id" AS TEXT) AS "disa_person_id", CAST("disa_disability_code" AS TEXT) AS "disa_disability_code"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_disability" ("disa_table_id", "disa_person_id", "disa_disability_code")
        SELECT CASE WHEN LENGTH("disa_table_id") > 48 THEN CONCAT(LEFT("disa_table_id", 47), '…') ELSE "disa_table_id" END, CASE WHEN LENGTH("disa_person_id") > 48 THEN CONCAT(LEFT("disa_person_id", 47), '…') ELSE "disa_person_id" END, CASE WHEN LENGTH("disa_disability_code") > 48 THEN CONCAT(LEFT("disa_disability_code", 47), '…') ELSE "disa_disability_code" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' disa_table_id=', COUNT(*) FILTER (WHERE LENGTH("disa_table_id") > 48)), ' disa_table_id=0'), NULLIF(CONCAT(' disa_person_id=', COUNT(*) FILTER (WHERE LENGTH("disa_person_id") > 48)), ' disa_person_id=0'), NULLIF(CONCAT(' disa_disability_code=', COUNT(*) FILTER (WHERE LENGTH("disa_disability_code") > 48)), ' disa_disability_code=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_disability', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_disability', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
