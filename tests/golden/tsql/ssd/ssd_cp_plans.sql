-- ssd_cp_plans
RAISERROR(N'table ssd_cp_plans', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cp_plans]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cp_plans] (
        [cppl_cp_plan_id] NVARCHAR(48) NOT NULL,
        [cppl_referral_id] NVARCHAR(48),
        [cppl_icpc_id] NVARCHAR(48),
        [cppl_person_id] NVARCHAR(48),
        [cppl_cp_plan_start_date] DATETIME,
        [cppl_cp_plan_end_date] DATETIME,
        [cppl_cp_plan_ola] NCHAR(1),
        [cppl_cp_plan_initial_category] NVARCHAR(100),
        [cppl_cp_plan_latest_category] NVARCHAR(100),
        CONSTRAINT [pk_ssd_cp_plans] PRIMARY KEY ([cppl_cp_plan_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cp_plans]', N'cppl_cp_plan_id') IS NULL
    ALTER TABLE [ssd].[ssd_cp_plans] ADD [cppl_cp_plan_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cp_plans]', N'cppl_referral_id') IS NULL
    ALTER TABLE [ssd].[ssd_cp_plans] ADD [cppl_referral_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cp_plans]', N'cppl_icpc_id') IS NULL
    ALTER TABLE [ssd].[ssd_cp_plans] ADD [cppl_icpc_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cp_plans]', N'cppl_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cp_plans] ADD [cppl_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cp_plans]', N'cppl_cp_plan_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_cp_plans] ADD [cppl_cp_plan_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cp_plans]', N'cppl_cp_plan_end_date') IS NULL
    ALTER TABLE [ssd].[ssd_cp_plans] ADD [cppl_cp_plan_end_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cp_plans]', N'cppl_cp_plan_ola') IS NULL
    ALTER TABLE [ssd].[ssd_cp_plans] ADD [cppl_cp_plan_ola] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_cp_plans]', N'cppl_cp_plan_initial_category') IS NULL
    ALTER TABLE [ssd].[ssd_cp_plans] ADD [cppl_cp_plan_initial_category] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_cp_plans]', N'cppl_cp_plan_latest_category') IS NULL
    ALTER TABLE [ssd].[ssd_cp_plans] ADD [cppl_cp_plan_latest_category] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cp_plans_cppl_referral_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cp_plans]'))
    CREATE INDEX [ix_ssd_cp_plans_cppl_referral_id] ON [ssd].[ssd_cp_plans] ([cppl_referral_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cp_plans_cppl_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cp_plans]'))
    CREATE INDEX [ix_ssd_cp_plans_cppl_person_id] ON [ssd].[ssd_cp_plans] ([cppl_person_id]);
GO
