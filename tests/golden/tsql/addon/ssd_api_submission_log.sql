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
