-- =============================================================================
-- ssd-bridge 0.1.0: Standard Safeguarding Dataset deployment
-- =============================================================================
-- What it does:
--   * creates the API change-tracking tables (ssd_api_data_staging, ssd_api_submission_log, ssd_api_run_log, ssd_version_log)
--     or adds the columns an existing D2I ssd_api_data_staging lacks, and records this
--     deployment in ssd_version_log.
-- It is safe to run again: it never drops or truncates a table it did not create, and
-- it never writes to the case-management system's own tables.
--
-- Parameters:
--   CMS:            eclipse
--   dialect:        postgres
--   schema:         ssd
--   part:           addon
--   SSD tables:     all
--   history years:  6
--   CMS tables at:  (default for the CMS)
--
-- How to run it:
--   psql:  psql "postgresql://USER@HOST/DATABASE" -v ON_ERROR_STOP=1 -f THIS_FILE.sql
--   or:    ssd-bridge deploy   (runs the same script through the configured connection)
-- =============================================================================

SET client_min_messages = notice;
DO $$ BEGIN RAISE NOTICE '%', 'ssd-bridge 0.1.0: deploying part ''addon'' for eclipse into schema ssd'; END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'ssd') THEN
        CREATE SCHEMA "ssd";
    END IF;
END $$;
-- ssd-bridge: end of batch
-- piece: postgres/addon/ssd_api_data_staging.sql
-- piece: postgres/addon/ssd_api_submission_log.sql
-- piece: postgres/addon/ssd_api_run_log.sql
-- piece: postgres/addon/ssd_version_log.sql
INSERT INTO "ssd"."ssd_version_log" (version_number, description, is_current, created_at, created_by, impact_description, bridge_version, cms, dialect, parameters_json)
SELECT '0.1.0', 'ssd-bridge deployment', TRUE, CURRENT_TIMESTAMP, CURRENT_USER,
       'SSD and API add-on tables deployed by ssd-bridge', '0.1.0', 'eclipse',
       'postgres', '{"cms":"eclipse","dialect":"postgres","fill":true,"history_years":6,"part":"addon","schema":"ssd","source_location":null,"tables":"all"}'
WHERE NOT EXISTS (
    SELECT 1 FROM "ssd"."ssd_version_log"
    WHERE bridge_version = '0.1.0' AND cms = 'eclipse'
      AND dialect = 'postgres' AND parameters_json = '{"cms":"eclipse","dialect":"postgres","fill":true,"history_years":6,"part":"addon","schema":"ssd","source_location":null,"tables":"all"}'
);
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'ssd-bridge: finished. 0 SSD tables and 4 add-on tables are in place in schema ssd.'; END $$;
-- ssd-bridge: end of batch
