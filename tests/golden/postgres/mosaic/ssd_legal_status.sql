DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_legal_status'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_legal_status";
    INSERT INTO "ssd"."ssd_legal_status" ("lega_legal_status_id", "lega_person_id", "lega_legal_status", "lega_legal_status_start_date", "lega_legal_status_end_date")
    SELECT
        CAST(ls.LEGAL_STATUS_ID AS VARCHAR(48)),
        CAST(ls.PERSON_ID AS VARCHAR(48)),
        LEFT(ls.LEGAL_STATUS, 100),
        ls.START_DATE,
        ls.END_DATE
    FROM "dm_legal_statuses" ls
    WHERE ls.START_DATE <= CURRENT_DATE AND (ls.END_DATE IS NULL OR ls.END_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(ls.PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_legal_status', loaded;
END $$;
-- ssd-bridge: end of batch
