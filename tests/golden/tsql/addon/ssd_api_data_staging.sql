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
        [source_fingerprint] BINARY(32),
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
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'source_fingerprint') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [source_fingerprint] BINARY(32);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_api_data_staging_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_api_data_staging]'))
    CREATE INDEX [ix_ssd_api_data_staging_person_id] ON [ssd].[ssd_api_data_staging] ([person_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_api_data_staging_submission_status' AND object_id = OBJECT_ID(N'[ssd].[ssd_api_data_staging]'))
    CREATE INDEX [ix_ssd_api_data_staging_submission_status] ON [ssd].[ssd_api_data_staging] ([submission_status]);
GO
