-- ssd_ehcp_named_plan
RAISERROR(N'table ssd_ehcp_named_plan', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_ehcp_named_plan]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_ehcp_named_plan] (
        [ehcn_named_plan_id] NVARCHAR(48) NOT NULL,
        [ehcn_ehcp_asmt_id] NVARCHAR(48),
        [ehcn_named_plan_start_date] DATETIME,
        [ehcn_named_plan_ceased_date] DATETIME,
        [ehcn_named_plan_ceased_reason] NVARCHAR(100),
        CONSTRAINT [pk_ssd_ehcp_named_plan] PRIMARY KEY ([ehcn_named_plan_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_ehcp_named_plan]', N'ehcn_named_plan_id') IS NULL
    ALTER TABLE [ssd].[ssd_ehcp_named_plan] ADD [ehcn_named_plan_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_ehcp_named_plan]', N'ehcn_ehcp_asmt_id') IS NULL
    ALTER TABLE [ssd].[ssd_ehcp_named_plan] ADD [ehcn_ehcp_asmt_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_ehcp_named_plan]', N'ehcn_named_plan_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_ehcp_named_plan] ADD [ehcn_named_plan_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_ehcp_named_plan]', N'ehcn_named_plan_ceased_date') IS NULL
    ALTER TABLE [ssd].[ssd_ehcp_named_plan] ADD [ehcn_named_plan_ceased_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_ehcp_named_plan]', N'ehcn_named_plan_ceased_reason') IS NULL
    ALTER TABLE [ssd].[ssd_ehcp_named_plan] ADD [ehcn_named_plan_ceased_reason] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_ehcp_named_plan_ehcn_ehcp_asmt_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_ehcp_named_plan]'))
    CREATE INDEX [ix_ssd_ehcp_named_plan_ehcn_ehcp_asmt_id] ON [ssd].[ssd_ehcp_named_plan] ([ehcn_ehcp_asmt_id]);
GO
