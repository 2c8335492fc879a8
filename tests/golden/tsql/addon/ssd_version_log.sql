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
