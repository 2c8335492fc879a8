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
    WITH cla_source AS (
        SELECT e.EPISODEOFCAREID AS episode_id, e.PERSONID AS person_id, e.PERIODOFCAREID AS period_id,
            e.EOCSTARTDATE AS start_date, e.EOCENDDATE AS end_date, e.EOCSTARTREASONCODE AS start_reason,
            e.EOCENDREASONCODE AS end_reason, e.CATEGORYOFNEED AS need_text, e.PLACEMENTADDRESSID AS address_id,
            e.PLACEMENTTYPECODE AS type_code, e.PLACEMENTPROVISIONCODE AS provision_code,
            e.PLACEMENTPOSTCODE AS postcode, e.PLACEMENTCHANGEREASONCODE AS change_reason,
            CASE WHEN LAG(e.PERIODOFCAREID) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PERIODOFCAREID
                AND LAG(e.PLACEMENTADDRESSID) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PLACEMENTADDRESSID
                AND LAG(e.PLACEMENTTYPECODE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PLACEMENTTYPECODE
                AND LAG(e.EOCENDDATE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) >= (e.EOCSTARTDATE + -1 * INTERVAL '1 day')
                THEN 0 ELSE 1 END AS is_new
        FROM "claepisodeofcareview" e
        WHERE e.EOCSTARTDATE IS NOT NULL AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(e.PERSONID AS VARCHAR(48)))
    ),
    cla_grouped AS (
        SELECT cs.*, SUM(cs.is_new) OVER (PARTITION BY cs.person_id ORDER BY cs.start_date, cs.episode_id
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS placement_no
        FROM cla_source cs
    ),
    cla_rows AS (
        SELECT cg.*,
            FIRST_VALUE(cg.episode_id) OVER (PARTITION BY cg.person_id, cg.placement_no ORDER BY cg.start_date, cg.episode_id
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS placement_id,
            ROW_NUMBER() OVER (PARTITION BY cg.person_id, cg.placement_no ORDER BY cg.start_date DESC, cg.episode_id DESC) AS last_no
        FROM cla_grouped cg
    ),
    placements AS (
        SELECT cr.placement_id, MIN(cr.person_id) AS person_id, MIN(cr.period_id) AS period_id, MIN(cr.start_date) AS start_date,
            CASE WHEN MAX(CASE WHEN cr.end_date IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(cr.end_date) END AS end_date,
            MAX(CASE WHEN cr.episode_id = cr.placement_id THEN cr.type_code END) AS type_code,
            MAX(CASE WHEN cr.episode_id = cr.placement_id THEN cr.provision_code END) AS provision_code,
            MAX(CASE WHEN cr.episode_id = cr.placement_id THEN cr.postcode END) AS postcode,
            MAX(CASE WHEN cr.last_no = 1 THEN cr.change_reason END) AS change_reason
        FROM cla_rows cr
        GROUP BY cr.placement_id
    ),
    ssd_bridge_fill ("clap_cla_placement_id", "clap_cla_id", "clap_person_id", "clap_cla_placement_start_date", "clap_cla_placement_type", "clap_cla_placement_urn", "clap_cla_placement_distance", "clap_cla_placement_provider", "clap_cla_placement_postcode", "clap_cla_placement_end_date", "clap_cla_placement_change_reason") AS (
    SELECT
        CAST(p.placement_id AS VARCHAR(48)),
        CAST(p.period_id AS VARCHAR(48)),
        CAST(p.person_id AS VARCHAR(48)),
        p.start_date,
        CASE WHEN UPPER(TRIM(CAST(p.type_code AS VARCHAR(4000)))) IN ('A3', 'A4', 'A5', 'A6', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'H5', 'K1', 'K2', 'P1', 'P2', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1', 'T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1') THEN UPPER(LTRIM(RTRIM(p.type_code)))
        ELSE CASE UPPER(TRIM(CAST(p.type_code AS VARCHAR(4000)))) WHEN 'APP_ADOPT' THEN 'A3' WHEN 'CONS_ADOPT_NOTFP' THEN 'A4' WHEN 'ORD_ADOPT_FP' THEN 'A5' WHEN 'ORD_ADOPT_NOTFP' THEN 'A6' WHEN 'NO_CHREGS' THEN 'H5' WHEN 'CHLD_HOME' THEN 'K2' WHEN 'PARENT' THEN 'P1' WHEN 'IND_LIV' THEN 'P2' WHEN 'RES_CARE' THEN 'R1' WHEN 'NHS' THEN 'R2' WHEN 'YOI' THEN 'R5' WHEN 'RES_SCH' THEN 'S1' WHEN 'REL' THEN 'U1' WHEN 'REL_NOT_LT_ADOPT' THEN 'U3' WHEN 'LT' THEN 'U4' WHEN 'NOT_LT_ADOPT' THEN 'U6' WHEN 'OTH' THEN 'Z1' END END,
        NULL,
        NULL,
        LEFT(p.provision_code, 48),    CASE WHEN LTRIM(RTRIM(p.postcode)) LIKE '_____%' THEN LEFT(UPPER(LTRIM(RTRIM(p.postcode))), 8) END,
        p.end_date,
        LEFT(p.change_reason, 100)
    FROM placements p
    WHERE (p.end_date IS NULL OR p.end_date >= (CURRENT_DATE - INTERVAL '6 years'))
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
