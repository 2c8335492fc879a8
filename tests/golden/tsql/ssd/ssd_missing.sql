-- ssd_missing
RAISERROR(N'table ssd_missing', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_missing]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_missing] (
        [miss_table_id] NVARCHAR(48) NOT NULL,
        [miss_person_id] NVARCHAR(48),
        [miss_missing_episode_start_date] DATETIME,
        [miss_missing_episode_type] NVARCHAR(100),
        [miss_missing_episode_end_date] DATETIME,
        [miss_missing_rhi_offered] NVARCHAR(2),
        [miss_missing_rhi_accepted] NVARCHAR(2),
        CONSTRAINT [pk_ssd_missing] PRIMARY KEY ([miss_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_missing]', N'miss_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_missing] ADD [miss_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_missing]', N'miss_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_missing] ADD [miss_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_missing]', N'miss_missing_episode_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_missing] ADD [miss_missing_episode_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_missing]', N'miss_missing_episode_type') IS NULL
    ALTER TABLE [ssd].[ssd_missing] ADD [miss_missing_episode_type] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_missing]', N'miss_missing_episode_end_date') IS NULL
    ALTER TABLE [ssd].[ssd_missing] ADD [miss_missing_episode_end_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_missing]', N'miss_missing_rhi_offered') IS NULL
    ALTER TABLE [ssd].[ssd_missing] ADD [miss_missing_rhi_offered] NVARCHAR(2);
IF COL_LENGTH(N'[ssd].[ssd_missing]', N'miss_missing_rhi_accepted') IS NULL
    ALTER TABLE [ssd].[ssd_missing] ADD [miss_missing_rhi_accepted] NVARCHAR(2);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_missing_miss_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_missing]'))
    CREATE INDEX [ix_ssd_missing_miss_person_id] ON [ssd].[ssd_missing] ([miss_person_id]);
GO
