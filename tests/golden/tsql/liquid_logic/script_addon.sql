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
--   CMS:            liquid_logic
--   dialect:        tsql
--   schema:         ssd
--   part:           addon
--   SSD tables:     all
--   history years:  6
--   CMS tables at:  (default for the CMS)
--
-- How to run it:
--   SSMS or Azure Data Studio: connect to the reporting database, open this file, Execute.
--   sqlcmd: sqlcmd -S SERVER -d DATABASE -E -b -i THIS_FILE.sql
--   or:     ssd-bridge deploy   (runs the same script through the configured connection)
-- =============================================================================

SET NOCOUNT ON;
SET XACT_ABORT ON;
RAISERROR(N'ssd-bridge 0.1.0: deploying part ''addon'' for liquid_logic into schema ssd', 0, 1) WITH NOWAIT;
IF SCHEMA_ID(N'ssd') IS NULL
    EXEC(N'CREATE SCHEMA [ssd]');
GO
-- piece: tsql/addon/ssd_api_data_staging.sql
-- piece: tsql/addon/ssd_api_submission_log.sql
-- piece: tsql/addon/ssd_api_run_log.sql
-- piece: tsql/addon/ssd_version_log.sql
INSERT INTO [ssd].[ssd_version_log] (version_number, description, is_current, created_at, created_by, impact_description, bridge_version, cms, dialect, parameters_json)
SELECT N'0.1.0', N'ssd-bridge deployment', 1, CURRENT_TIMESTAMP, SUSER_SNAME(),
       N'SSD and API add-on tables deployed by ssd-bridge', N'0.1.0', N'liquid_logic',
       N'tsql', N'{"cms":"liquid_logic","dialect":"tsql","fill":true,"history_years":6,"part":"addon","schema":"ssd","source_location":null,"tables":"all"}'
WHERE NOT EXISTS (
    SELECT 1 FROM [ssd].[ssd_version_log]
    WHERE bridge_version = N'0.1.0' AND cms = N'liquid_logic'
      AND dialect = N'tsql' AND parameters_json = N'{"cms":"liquid_logic","dialect":"tsql","fill":true,"history_years":6,"part":"addon","schema":"ssd","source_location":null,"tables":"all"}'
);
GO
RAISERROR(N'ssd-bridge: finished. 0 SSD tables and 4 add-on tables are in place in schema ssd.', 0, 1) WITH NOWAIT;
GO
