-- ssd_early_help_episodes
RAISERROR(N'table ssd_early_help_episodes', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_early_help_episodes]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_early_help_episodes] (
        [earl_episode_id] NVARCHAR(48) NOT NULL,
        [earl_person_id] NVARCHAR(48),
        [earl_episode_start_date] DATETIME,
        [earl_episode_end_date] DATETIME,
        [earl_episode_reason] NVARCHAR(MAX),
        [earl_episode_end_reason] NVARCHAR(MAX),
        [earl_episode_organisation] NVARCHAR(MAX),
        [earl_episode_worker_id] NVARCHAR(100),
        CONSTRAINT [pk_ssd_early_help_episodes] PRIMARY KEY ([earl_episode_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_early_help_episodes]', N'earl_episode_id') IS NULL
    ALTER TABLE [ssd].[ssd_early_help_episodes] ADD [earl_episode_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_early_help_episodes]', N'earl_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_early_help_episodes] ADD [earl_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_early_help_episodes]', N'earl_episode_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_early_help_episodes] ADD [earl_episode_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_early_help_episodes]', N'earl_episode_end_date') IS NULL
    ALTER TABLE [ssd].[ssd_early_help_episodes] ADD [earl_episode_end_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_early_help_episodes]', N'earl_episode_reason') IS NULL
    ALTER TABLE [ssd].[ssd_early_help_episodes] ADD [earl_episode_reason] NVARCHAR(MAX);
IF COL_LENGTH(N'[ssd].[ssd_early_help_episodes]', N'earl_episode_end_reason') IS NULL
    ALTER TABLE [ssd].[ssd_early_help_episodes] ADD [earl_episode_end_reason] NVARCHAR(MAX);
IF COL_LENGTH(N'[ssd].[ssd_early_help_episodes]', N'earl_episode_organisation') IS NULL
    ALTER TABLE [ssd].[ssd_early_help_episodes] ADD [earl_episode_organisation] NVARCHAR(MAX);
IF COL_LENGTH(N'[ssd].[ssd_early_help_episodes]', N'earl_episode_worker_id') IS NULL
    ALTER TABLE [ssd].[ssd_early_help_episodes] ADD [earl_episode_worker_id] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_early_help_episodes_earl_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_early_help_episodes]'))
    CREATE INDEX [ix_ssd_early_help_episodes_earl_person_id] ON [ssd].[ssd_early_help_episodes] ([earl_person_id]);
GO
