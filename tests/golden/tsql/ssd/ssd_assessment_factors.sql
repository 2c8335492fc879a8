-- ssd_assessment_factors
RAISERROR(N'table ssd_assessment_factors', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_assessment_factors]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_assessment_factors] (
        [cinf_table_id] NVARCHAR(48) NOT NULL,
        [cinf_assessment_id] NVARCHAR(48) NOT NULL,
        [cinf_assessment_factors_json] NVARCHAR(MAX),
        CONSTRAINT [pk_ssd_assessment_factors] PRIMARY KEY ([cinf_table_id], [cinf_assessment_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_assessment_factors]', N'cinf_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_assessment_factors] ADD [cinf_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_assessment_factors]', N'cinf_assessment_id') IS NULL
    ALTER TABLE [ssd].[ssd_assessment_factors] ADD [cinf_assessment_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_assessment_factors]', N'cinf_assessment_factors_json') IS NULL
    ALTER TABLE [ssd].[ssd_assessment_factors] ADD [cinf_assessment_factors_json] NVARCHAR(MAX);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_assessment_factors_cinf_assessment_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_assessment_factors]'))
    CREATE INDEX [ix_ssd_assessment_factors_cinf_assessment_id] ON [ssd].[ssd_assessment_factors] ([cinf_assessment_id]);
GO
