-- ssd_ehcp_requests
RAISERROR(N'table ssd_ehcp_requests', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_ehcp_requests]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_ehcp_requests] (
        [ehcr_ehcp_request_id] NVARCHAR(48) NOT NULL,
        [ehcr_send_table_id] NVARCHAR(48),
        [ehcr_ehcp_req_date] DATETIME,
        [ehcr_ehcp_req_outcome_date] DATETIME,
        [ehcr_ehcp_req_outcome] NVARCHAR(100),
        CONSTRAINT [pk_ssd_ehcp_requests] PRIMARY KEY ([ehcr_ehcp_request_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_ehcp_requests]', N'ehcr_ehcp_request_id') IS NULL
    ALTER TABLE [ssd].[ssd_ehcp_requests] ADD [ehcr_ehcp_request_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_ehcp_requests]', N'ehcr_send_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_ehcp_requests] ADD [ehcr_send_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_ehcp_requests]', N'ehcr_ehcp_req_date') IS NULL
    ALTER TABLE [ssd].[ssd_ehcp_requests] ADD [ehcr_ehcp_req_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_ehcp_requests]', N'ehcr_ehcp_req_outcome_date') IS NULL
    ALTER TABLE [ssd].[ssd_ehcp_requests] ADD [ehcr_ehcp_req_outcome_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_ehcp_requests]', N'ehcr_ehcp_req_outcome') IS NULL
    ALTER TABLE [ssd].[ssd_ehcp_requests] ADD [ehcr_ehcp_req_outcome] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_ehcp_requests_ehcr_send_table_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_ehcp_requests]'))
    CREATE INDEX [ix_ssd_ehcp_requests_ehcr_send_table_id] ON [ssd].[ssd_ehcp_requests] ([ehcr_send_table_id]);
GO
