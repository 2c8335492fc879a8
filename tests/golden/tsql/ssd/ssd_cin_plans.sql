-- ssd_cin_plans
RAISERROR(N'table ssd_cin_plans', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cin_plans]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cin_plans] (
        [cinp_cin_plan_id] NVARCHAR(48) NOT NULL,
        [cinp_referral_id] NVARCHAR(48),
        [cinp_person_id] NVARCHAR(48),
        [cinp_cin_plan_start_date] DATETIME,
        [cinp_cin_plan_end_date] DATETIME,
        [cinp_cin_plan_team] NVARCHAR(48),
        [cinp_cin_plan_worker_id] NVARCHAR(100),
        CONSTRAINT [pk_ssd_cin_plans] PRIMARY KEY ([cinp_cin_plan_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cin_plans]', N'cinp_cin_plan_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_plans] ADD [cinp_cin_plan_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_plans]', N'cinp_referral_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_plans] ADD [cinp_referral_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_plans]', N'cinp_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_plans] ADD [cinp_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_plans]', N'cinp_cin_plan_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_cin_plans] ADD [cinp_cin_plan_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cin_plans]', N'cinp_cin_plan_end_date') IS NULL
    ALTER TABLE [ssd].[ssd_cin_plans] ADD [cinp_cin_plan_end_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cin_plans]', N'cinp_cin_plan_team') IS NULL
    ALTER TABLE [ssd].[ssd_cin_plans] ADD [cinp_cin_plan_team] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_plans]', N'cinp_cin_plan_worker_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_plans] ADD [cinp_cin_plan_worker_id] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cin_plans_cinp_referral_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cin_plans]'))
    CREATE INDEX [ix_ssd_cin_plans_cinp_referral_id] ON [ssd].[ssd_cin_plans] ([cinp_referral_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cin_plans_cinp_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cin_plans]'))
    CREATE INDEX [ix_ssd_cin_plans_cinp_person_id] ON [ssd].[ssd_cin_plans] ([cinp_person_id]);
GO
