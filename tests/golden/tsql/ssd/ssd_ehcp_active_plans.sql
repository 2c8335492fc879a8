-- ssd_ehcp_active_plans
RAISERROR(N'table ssd_ehcp_active_plans', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_ehcp_active_plans]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_ehcp_active_plans] (
        [ehcp_active_ehcp_id] NVARCHAR(48) NOT NULL,
        [ehcp_ehcp_request_id] NVARCHAR(48),
        [ehcp_active_ehcp_last_review_date] DATETIME,
        CONSTRAINT [pk_ssd_ehcp_active_plans] PRIMARY KEY ([ehcp_active_ehcp_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_ehcp_active_plans]', N'ehcp_active_ehcp_id') IS NULL
    ALTER TABLE [ssd].[ssd_ehcp_active_plans] ADD [ehcp_active_ehcp_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_ehcp_active_plans]', N'ehcp_ehcp_request_id') IS NULL
    ALTER TABLE [ssd].[ssd_ehcp_active_plans] ADD [ehcp_ehcp_request_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_ehcp_active_plans]', N'ehcp_active_ehcp_last_review_date') IS NULL
    ALTER TABLE [ssd].[ssd_ehcp_active_plans] ADD [ehcp_active_ehcp_last_review_date] DATETIME;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_ehcp_active_plans_ehcp_ehcp_request_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_ehcp_active_plans]'))
    CREATE INDEX [ix_ssd_ehcp_active_plans_ehcp_ehcp_request_id] ON [ssd].[ssd_ehcp_active_plans] ([ehcp_ehcp_request_id]);
GO
