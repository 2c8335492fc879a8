
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
    WITH iro AS (
        SELECT n.DIM_PERSON_ID, MAX(n.EVENT_DTTM) AS last_contact
        FROM "hdm"."child_social"."fact_casenotes" n
        WHERE UPPER(TRIM(CAST(n.DIM_LOOKUP_CASNT_TYPE_ID_CODE AS VARCHAR(4000)))) = 'IRO'
            AND n.EVENT_DTTM IS NOT NULL
        GROUP BY n.DIM_PERSON_ID
    ),
    ssd_bridge_fill ("clae_cla_episode_id", "clae_person_id", "clae_cla_placement_id", "clae_cla_episode_start_date", "clae_cla_episode_start_reason", "clae_cla_primary_need_code", "clae_cla_episode_ceased_date", "clae_cla_episode_ceased_reason", "clae_cla_id", "clae_referral_id", "clae_cla_last_iro_contact_date", "clae_entered_care_date") AS (
    SELECT
        CAST(fce.FACT_CARE_EPISODES_ID AS VARCHAR(48)),
        CAST(fce.DIM_PERSON_ID AS VARCHAR(48)),
        CAST(NULLIF(fce.FACT_CLA_PLACEMENT_ID, -1) AS VARCHAR(48)),
        fce.CARE_START_DATE,
        CAST(LTRIM(RTRIM(fce.CARE_REASON_DESC)) AS VARCHAR(100)),
        LEFT(fce.CIN_903_CODE, 3),
        fce.CARE_END_DATE,
        NULLIF(LEFT(LTRIM(RTRIM(fce.CARE_REASON_END_CODE)), 255), ''),
        CAST(fc.FACT_CLA_ID AS VARCHAR(48)),
        CAST(NULLIF(fc.FACT_REFERRAL_ID, -1) AS VARCHAR(48)),
        iro.last_contact,
        fc.START_DTTM
    FROM "hdm"."child_social"."fact_care_episodes" fce
    JOIN "hdm"."child_social"."fact_cla" fc ON fc.FACT_CLA_ID = fce.FACT_CLA_ID
    LEFT JOIN iro ON iro.DIM_PERSON_ID = fce.DIM_PERSON_ID
    WHERE fce.DIM_PERSON_ID <> -1
        AND (fce.CARE_END_DATE IS NULL OR fce.CARE_END_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(fce.DIM_PERSON_ID AS VARCHAR(48)))
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
