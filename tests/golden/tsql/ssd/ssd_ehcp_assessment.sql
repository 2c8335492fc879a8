-- ssd_ehcp_assessment
RAISERROR(N'table ssd_ehcp_assessment', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_ehcp_assessment]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_ehcp_assessment] (
        [ehca_ehcp_assessment_id] NVARCHAR(48) NOT NULL,
        [ehca_ehcp_request_id] NVARCHAR(48),
        [ehca_ehcp_assessment_outcome_date] DATETIME,
        [ehca_ehcp_assessment_outcome] NVARCHAR(100),
        [ehca_ehcp_assessment_exceptions] NVARCHAR(100),
        CONSTRAINT [pk_ssd_ehcp_assessment] PRIMARY KEY ([ehca_ehcp_assessment_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_ehcp_assessment]', N'ehca_ehcp_assessment_id') IS NULL
    ALTER TABLE [ssd].[ssd_ehcp_assessment] ADD [ehca_ehcp_assessment_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_ehcp_assessment]', N'ehca_ehcp_request_id') IS NULL
    ALTER TABLE [ssd].[ssd_ehcp_assessment] ADD [ehca_ehcp_request_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_ehcp_assessment]', N'ehca_ehcp_assessment_outcome_date') IS NULL
    ALTER TABLE [ssd].[ssd_ehcp_assessment] ADD [ehca_ehcp_assessment_outcome_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_ehcp_assessment]', N'ehca_ehcp_assessment_outcome') IS NULL
    ALTER TABLE [ssd].[ssd_ehcp_assessment] ADD [ehca_ehcp_assessment_outcome] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_ehcp_assessment]', N'ehca_ehcp_assessment_exceptions') IS NULL
    ALTER TABLE [ssd].[ssd_ehcp_assessment] ADD [ehca_ehcp_assessment_exceptions] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_ehcp_assessment_ehca_ehcp_request_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_ehcp_assessment]'))
    CREATE INDEX [ix_ssd_ehcp_assessment_ehca_ehcp_request_id] ON [ssd].[ssd_ehcp_assessment] ([ehca_ehcp_request_id]);
GO
