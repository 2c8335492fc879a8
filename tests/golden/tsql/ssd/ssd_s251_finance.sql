-- ssd_s251_finance
RAISERROR(N'table ssd_s251_finance', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_s251_finance]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_s251_finance] (
        [s251_table_id] NVARCHAR(48) NOT NULL,
        [s251_cla_placement_id] NVARCHAR(48),
        [s251_placeholder_1] NVARCHAR(48),
        [s251_placeholder_2] NVARCHAR(48),
        [s251_placeholder_3] NVARCHAR(48),
        [s251_placeholder_4] NVARCHAR(48),
        CONSTRAINT [pk_ssd_s251_finance] PRIMARY KEY ([s251_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_s251_finance]', N's251_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_s251_finance] ADD [s251_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_s251_finance]', N's251_cla_placement_id') IS NULL
    ALTER TABLE [ssd].[ssd_s251_finance] ADD [s251_cla_placement_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_s251_finance]', N's251_placeholder_1') IS NULL
    ALTER TABLE [ssd].[ssd_s251_finance] ADD [s251_placeholder_1] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_s251_finance]', N's251_placeholder_2') IS NULL
    ALTER TABLE [ssd].[ssd_s251_finance] ADD [s251_placeholder_2] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_s251_finance]', N's251_placeholder_3') IS NULL
    ALTER TABLE [ssd].[ssd_s251_finance] ADD [s251_placeholder_3] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_s251_finance]', N's251_placeholder_4') IS NULL
    ALTER TABLE [ssd].[ssd_s251_finance] ADD [s251_placeholder_4] NVARCHAR(48);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_s251_finance_s251_cla_placement_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_s251_finance]'))
    CREATE INDEX [ix_ssd_s251_finance_s251_cla_placement_id] ON [ssd].[ssd_s251_finance] ([s251_cla_placement_id]);
GO
