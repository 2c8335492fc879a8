-- ssd_cla_episodes
RAISERROR(N'table ssd_cla_episodes', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cla_episodes]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cla_episodes] (
        [clae_cla_episode_id] NVARCHAR(48) NOT NULL,
        [clae_person_id] NVARCHAR(48),
        [clae_cla_placement_id] NVARCHAR(48),
        [clae_cla_episode_start_date] DATETIME,
        [clae_cla_episode_start_reason] NVARCHAR(100),
        [clae_cla_primary_need_code] NVARCHAR(3),
        [clae_cla_episode_ceased_date] DATETIME,
        [clae_cla_episode_ceased_reason] NVARCHAR(255),
        [clae_cla_id] NVARCHAR(48),
        [clae_referral_id] NVARCHAR(48),
        [clae_cla_last_iro_contact_date] DATETIME,
        [clae_entered_care_date] DATETIME,
        CONSTRAINT [pk_ssd_cla_episodes] PRIMARY KEY ([clae_cla_episode_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_cla_episode_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_cla_episode_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_cla_placement_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_cla_placement_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_cla_episode_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_cla_episode_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_cla_episode_start_reason') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_cla_episode_start_reason] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_cla_primary_need_code') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_cla_primary_need_code] NVARCHAR(3);
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_cla_episode_ceased_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_cla_episode_ceased_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_cla_episode_ceased_reason') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_cla_episode_ceased_reason] NVARCHAR(255);
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_cla_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_cla_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_referral_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_referral_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_cla_last_iro_contact_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_cla_last_iro_contact_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_entered_care_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_entered_care_date] DATETIME;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_episodes_clae_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_episodes]'))
    CREATE INDEX [ix_ssd_cla_episodes_clae_person_id] ON [ssd].[ssd_cla_episodes] ([clae_person_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_episodes_clae_cla_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_episodes]'))
    CREATE INDEX [ix_ssd_cla_episodes_clae_cla_id] ON [ssd].[ssd_cla_episodes] ([clae_cla_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_episodes_clae_referral_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_episodes]'))
    CREATE INDEX [ix_ssd_cla_episodes_clae_referral_id] ON [ssd].[ssd_cla_episodes] ([clae_referral_id]);
GO
