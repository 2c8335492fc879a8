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
