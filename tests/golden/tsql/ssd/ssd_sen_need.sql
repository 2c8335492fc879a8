-- ssd_sen_need
RAISERROR(N'table ssd_sen_need', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_sen_need]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_sen_need] (
        [senn_table_id] NVARCHAR(48) NOT NULL,
        [senn_active_ehcp_id] NVARCHAR(48),
        [senn_active_ehcp_need_type] NVARCHAR(100),
        [senn_active_ehcp_need_rank] NCHAR(1),
        CONSTRAINT [pk_ssd_sen_need] PRIMARY KEY ([senn_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_sen_need]', N'senn_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_sen_need] ADD [senn_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_sen_need]', N'senn_active_ehcp_id') IS NULL
    ALTER TABLE [ssd].[ssd_sen_need] ADD [senn_active_ehcp_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_sen_need]', N'senn_active_ehcp_need_type') IS NULL
    ALTER TABLE [ssd].[ssd_sen_need] ADD [senn_active_ehcp_need_type] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_sen_need]', N'senn_active_ehcp_need_rank') IS NULL
    ALTER TABLE [ssd].[ssd_sen_need] ADD [senn_active_ehcp_need_rank] NCHAR(1);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_sen_need_senn_active_ehcp_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_sen_need]'))
    CREATE INDEX [ix_ssd_sen_need_senn_active_ehcp_id] ON [ssd].[ssd_sen_need] ([senn_active_ehcp_id]);
GO
