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
--   CMS:            mosaic
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
RAISERROR(N'ssd-bridge 0.1.0: deploying part ''addon'' for mosaic into schema ssd', 0, 1) WITH NOWAIT;
IF SCHEMA_ID(N'ssd') IS NULL
    EXEC(N'CREATE SCHEMA [ssd]');
GO
-- ssd_api_data_staging
RAISERROR(N'table ssd_api_data_staging', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_api_data_staging]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_api_data_staging] (
        [id] INT IDENTITY(1,1) NOT NULL,
        [person_id] NVARCHAR(48),
        [legacy_id] NVARCHAR(48),
        [previous_json_payload] NVARCHAR(MAX),
        [json_payload] NVARCHAR(MAX) NOT NULL,
        [partial_json_payload] NVARCHAR(MAX),
        [current_hash] BINARY(32),
        [previous_hash] BINARY(32),
        [submission_status] NVARCHAR(50) DEFAULT N'pending',
        [submission_timestamp] DATETIME,
        [api_response] NVARCHAR(MAX),
        [row_state] NVARCHAR(10) DEFAULT N'new',
        [last_updated] DATETIME DEFAULT CURRENT_TIMESTAMP,
        [attempts] INT DEFAULT 0,
        [last_attempt_at] DATETIME,
        [validation_findings] NVARCHAR(MAX),
        [payload_kind] NVARCHAR(10),
        CONSTRAINT [pk_ssd_api_data_staging] PRIMARY KEY ([id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'person_id') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'legacy_id') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [legacy_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'previous_json_payload') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [previous_json_payload] NVARCHAR(MAX);
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'json_payload') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [json_payload] NVARCHAR(MAX);
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'partial_json_payload') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [partial_json_payload] NVARCHAR(MAX);
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'current_hash') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [current_hash] BINARY(32);
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'previous_hash') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [previous_hash] BINARY(32);
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'submission_status') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [submission_status] NVARCHAR(50) DEFAULT N'pending';
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'submission_timestamp') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [submission_timestamp] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'api_response') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [api_response] NVARCHAR(MAX);
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'row_state') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [row_state] NVARCHAR(10) DEFAULT N'new';
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'last_updated') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [last_updated] DATETIME DEFAULT CURRENT_TIMESTAMP;
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'attempts') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [attempts] INT DEFAULT 0;
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'last_attempt_at') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [last_attempt_at] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'validation_findings') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [validation_findings] NVARCHAR(MAX);
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'payload_kind') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [payload_kind] NVARCHAR(10);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_api_data_staging_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_api_data_staging]'))
    CREATE INDEX [ix_ssd_api_data_staging_person_id] ON [ssd].[ssd_api_data_staging] ([person_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_api_data_staging_submission_status' AND object_id = OBJECT_ID(N'[ssd].[ssd_api_data_staging]'))
    CREATE INDEX [ix_ssd_api_data_staging_submission_status] ON [ssd].[ssd_api_data_staging] ([submission_status]);
GO
-- ssd_api_submission_log
RAISERROR(N'table ssd_api_submission_log', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_api_submission_log]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_api_submission_log] (
        [id] INT IDENTITY(1,1) NOT NULL,
        [run_id] NVARCHAR(36) NOT NULL,
        [batch_id] NVARCHAR(36),
        [person_id] NVARCHAR(48),
        [payload_hash] BINARY(32),
        [payload_kind] NVARCHAR(10),
        [attempt] INT,
        [http_status] INT,
        [outcome] NVARCHAR(20),
        [receipt_id] NVARCHAR(100),
        [response_excerpt] NVARCHAR(1000),
        [request_id] NVARCHAR(100),
        [sent_at] DATETIME,
        [logged_at] DATETIME DEFAULT CURRENT_TIMESTAMP,
        CONSTRAINT [pk_ssd_api_submission_log] PRIMARY KEY ([id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'run_id') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [run_id] NVARCHAR(36);
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'batch_id') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [batch_id] NVARCHAR(36);
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'person_id') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'payload_hash') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [payload_hash] BINARY(32);
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'payload_kind') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [payload_kind] NVARCHAR(10);
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'attempt') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [attempt] INT;
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'http_status') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [http_status] INT;
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'outcome') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [outcome] NVARCHAR(20);
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'receipt_id') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [receipt_id] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'response_excerpt') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [response_excerpt] NVARCHAR(1000);
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'request_id') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [request_id] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'sent_at') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [sent_at] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'logged_at') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [logged_at] DATETIME DEFAULT CURRENT_TIMESTAMP;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_api_submission_log_run_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_api_submission_log]'))
    CREATE INDEX [ix_ssd_api_submission_log_run_id] ON [ssd].[ssd_api_submission_log] ([run_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_api_submission_log_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_api_submission_log]'))
    CREATE INDEX [ix_ssd_api_submission_log_person_id] ON [ssd].[ssd_api_submission_log] ([person_id]);
GO
-- ssd_api_run_log
RAISERROR(N'table ssd_api_run_log', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_api_run_log]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_api_run_log] (
        [id] INT IDENTITY(1,1) NOT NULL,
        [run_id] NVARCHAR(36) NOT NULL,
        [command] NVARCHAR(20),
        [environment] NVARCHAR(10),
        [started_at] DATETIME DEFAULT CURRENT_TIMESTAMP,
        [finished_at] DATETIME,
        [exit_code] INT,
        [summary_json] NVARCHAR(MAX),
        [bridge_version] NVARCHAR(20),
        CONSTRAINT [pk_ssd_api_run_log] PRIMARY KEY ([id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_api_run_log]', N'run_id') IS NULL
    ALTER TABLE [ssd].[ssd_api_run_log] ADD [run_id] NVARCHAR(36);
IF COL_LENGTH(N'[ssd].[ssd_api_run_log]', N'command') IS NULL
    ALTER TABLE [ssd].[ssd_api_run_log] ADD [command] NVARCHAR(20);
IF COL_LENGTH(N'[ssd].[ssd_api_run_log]', N'environment') IS NULL
    ALTER TABLE [ssd].[ssd_api_run_log] ADD [environment] NVARCHAR(10);
IF COL_LENGTH(N'[ssd].[ssd_api_run_log]', N'started_at') IS NULL
    ALTER TABLE [ssd].[ssd_api_run_log] ADD [started_at] DATETIME DEFAULT CURRENT_TIMESTAMP;
IF COL_LENGTH(N'[ssd].[ssd_api_run_log]', N'finished_at') IS NULL
    ALTER TABLE [ssd].[ssd_api_run_log] ADD [finished_at] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_api_run_log]', N'exit_code') IS NULL
    ALTER TABLE [ssd].[ssd_api_run_log] ADD [exit_code] INT;
IF COL_LENGTH(N'[ssd].[ssd_api_run_log]', N'summary_json') IS NULL
    ALTER TABLE [ssd].[ssd_api_run_log] ADD [summary_json] NVARCHAR(MAX);
IF COL_LENGTH(N'[ssd].[ssd_api_run_log]', N'bridge_version') IS NULL
    ALTER TABLE [ssd].[ssd_api_run_log] ADD [bridge_version] NVARCHAR(20);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_api_run_log_run_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_api_run_log]'))
    CREATE INDEX [ix_ssd_api_run_log_run_id] ON [ssd].[ssd_api_run_log] ([run_id]);
GO
-- ssd_version_log
RAISERROR(N'table ssd_version_log', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_version_log]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_version_log] (
        [id] INT IDENTITY(1,1) NOT NULL,
        [version_number] NVARCHAR(20),
        [release_date] DATETIME,
        [description] NVARCHAR(100),
        [is_current] BIT,
        [created_at] DATETIME DEFAULT CURRENT_TIMESTAMP,
        [created_by] NVARCHAR(128),
        [impact_description] NVARCHAR(255),
        [bridge_version] NVARCHAR(20),
        [cms] NVARCHAR(20),
        [dialect] NVARCHAR(10),
        [parameters_json] NVARCHAR(2000),
        CONSTRAINT [pk_ssd_version_log] PRIMARY KEY ([id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'version_number') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [version_number] NVARCHAR(20);
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'release_date') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [release_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'description') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [description] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'is_current') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [is_current] BIT;
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'created_at') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [created_at] DATETIME DEFAULT CURRENT_TIMESTAMP;
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'created_by') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [created_by] NVARCHAR(128);
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'impact_description') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [impact_description] NVARCHAR(255);
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'bridge_version') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [bridge_version] NVARCHAR(20);
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'cms') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [cms] NVARCHAR(20);
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'dialect') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [dialect] NVARCHAR(10);
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'parameters_json') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [parameters_json] NVARCHAR(2000);

GO
INSERT INTO [ssd].[ssd_version_log] (version_number, description, is_current, created_at, created_by, impact_description, bridge_version, cms, dialect, parameters_json)
SELECT N'0.1.0', N'ssd-bridge deployment', 1, CURRENT_TIMESTAMP, SUSER_SNAME(),
       N'SSD and API add-on tables deployed by ssd-bridge', N'0.1.0', N'mosaic',
       N'tsql', N'{"cms":"mosaic","dialect":"tsql","fill":true,"history_years":6,"part":"addon","schema":"ssd","source_location":null,"tables":"all"}'
WHERE NOT EXISTS (
    SELECT 1 FROM [ssd].[ssd_version_log]
    WHERE bridge_version = N'0.1.0' AND cms = N'mosaic'
      AND dialect = N'tsql' AND parameters_json = N'{"cms":"mosaic","dialect":"tsql","fill":true,"history_years":6,"part":"addon","schema":"ssd","source_location":null,"tables":"all"}'
);
GO
RAISERROR(N'ssd-bridge: finished. 0 SSD tables and 4 add-on tables are in place in schema ssd.', 0, 1) WITH NOWAIT;
GO
