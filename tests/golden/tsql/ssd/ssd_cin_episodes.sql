-- ssd_cin_episodes
RAISERROR(N'table ssd_cin_episodes', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cin_episodes]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cin_episodes] (
        [cine_referral_id] NVARCHAR(48) NOT NULL,
        [cine_person_id] NVARCHAR(48),
        [cine_referral_date] DATETIME,
        [cine_cin_primary_need_code] NVARCHAR(3),
        [cine_referral_source_code] NVARCHAR(48),
        [cine_referral_source_desc] NVARCHAR(255),
        [cine_referral_outcome_json] NVARCHAR(4000),
        [cine_referral_nfa] NCHAR(1),
        [cine_close_reason] NVARCHAR(100),
        [cine_close_date] DATETIME,
        [cine_referral_team] NVARCHAR(48),
        [cine_referral_worker_id] NVARCHAR(48),
        CONSTRAINT [pk_ssd_cin_episodes] PRIMARY KEY ([cine_referral_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_referral_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_referral_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_referral_date') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_referral_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_cin_primary_need_code') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_cin_primary_need_code] NVARCHAR(3);
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_referral_source_code') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_referral_source_code] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_referral_source_desc') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_referral_source_desc] NVARCHAR(255);
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_referral_outcome_json') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_referral_outcome_json] NVARCHAR(4000);
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_referral_nfa') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_referral_nfa] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_close_reason') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_close_reason] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_close_date') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_close_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_referral_team') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_referral_team] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_referral_worker_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_referral_worker_id] NVARCHAR(48);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cin_episodes_cine_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cin_episodes]'))
    CREATE INDEX [ix_ssd_cin_episodes_cine_person_id] ON [ssd].[ssd_cin_episodes] ([cine_person_id]);
GO
