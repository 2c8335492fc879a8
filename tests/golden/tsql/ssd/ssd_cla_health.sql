-- ssd_cla_health
RAISERROR(N'table ssd_cla_health', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cla_health]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cla_health] (
        [clah_health_check_id] NVARCHAR(48) NOT NULL,
        [clah_person_id] NVARCHAR(48),
        [clah_health_check_type] NVARCHAR(500),
        [clah_health_check_date] DATETIME,
        [clah_health_check_status] NVARCHAR(48),
        CONSTRAINT [pk_ssd_cla_health] PRIMARY KEY ([clah_health_check_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cla_health]', N'clah_health_check_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_health] ADD [clah_health_check_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_health]', N'clah_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_health] ADD [clah_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_health]', N'clah_health_check_type') IS NULL
    ALTER TABLE [ssd].[ssd_cla_health] ADD [clah_health_check_type] NVARCHAR(500);
IF COL_LENGTH(N'[ssd].[ssd_cla_health]', N'clah_health_check_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_health] ADD [clah_health_check_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cla_health]', N'clah_health_check_status') IS NULL
    ALTER TABLE [ssd].[ssd_cla_health] ADD [clah_health_check_status] NVARCHAR(48);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_health_clah_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_health]'))
    CREATE INDEX [ix_ssd_cla_health_clah_person_id] ON [ssd].[ssd_cla_health] ([clah_person_id]);
GO
