-- ssd_immigration_status
RAISERROR(N'table ssd_immigration_status', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_immigration_status]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_immigration_status] (
        [immi_immigration_status_id] NVARCHAR(48) NOT NULL,
        [immi_person_id] NVARCHAR(48),
        [immi_immigration_status_start_date] DATETIME,
        [immi_immigration_status_end_date] DATETIME,
        [immi_immigration_status] NVARCHAR(100),
        CONSTRAINT [pk_ssd_immigration_status] PRIMARY KEY ([immi_immigration_status_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_immigration_status]', N'immi_immigration_status_id') IS NULL
    ALTER TABLE [ssd].[ssd_immigration_status] ADD [immi_immigration_status_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_immigration_status]', N'immi_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_immigration_status] ADD [immi_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_immigration_status]', N'immi_immigration_status_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_immigration_status] ADD [immi_immigration_status_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_immigration_status]', N'immi_immigration_status_end_date') IS NULL
    ALTER TABLE [ssd].[ssd_immigration_status] ADD [immi_immigration_status_end_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_immigration_status]', N'immi_immigration_status') IS NULL
    ALTER TABLE [ssd].[ssd_immigration_status] ADD [immi_immigration_status] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_immigration_status_immi_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_immigration_status]'))
    CREATE INDEX [ix_ssd_immigration_status_immi_person_id] ON [ssd].[ssd_immigration_status] ([immi_person_id]);
GO
