-- ssd_cla_care_plan
RAISERROR(N'table ssd_cla_care_plan', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cla_care_plan]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cla_care_plan] (
        [lacp_table_id] NVARCHAR(48) NOT NULL,
        [lacp_person_id] NVARCHAR(48),
        [lacp_cla_care_plan_start_date] DATETIME,
        [lacp_cla_care_plan_end_date] DATETIME,
        [lacp_cla_care_plan_json] NVARCHAR(1000),
        CONSTRAINT [pk_ssd_cla_care_plan] PRIMARY KEY ([lacp_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cla_care_plan]', N'lacp_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_care_plan] ADD [lacp_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_care_plan]', N'lacp_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_care_plan] ADD [lacp_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_care_plan]', N'lacp_cla_care_plan_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_care_plan] ADD [lacp_cla_care_plan_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cla_care_plan]', N'lacp_cla_care_plan_end_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_care_plan] ADD [lacp_cla_care_plan_end_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cla_care_plan]', N'lacp_cla_care_plan_json') IS NULL
    ALTER TABLE [ssd].[ssd_cla_care_plan] ADD [lacp_cla_care_plan_json] NVARCHAR(1000);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_care_plan_lacp_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_care_plan]'))
    CREATE INDEX [ix_ssd_cla_care_plan_lacp_person_id] ON [ssd].[ssd_cla_care_plan] ([lacp_person_id]);
GO
