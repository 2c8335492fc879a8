-- ssd_sdq_scores
RAISERROR(N'table ssd_sdq_scores', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_sdq_scores]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_sdq_scores] (
        [csdq_table_id] NVARCHAR(48) NOT NULL,
        [csdq_person_id] NVARCHAR(48),
        [csdq_sdq_completed_date] DATETIME,
        [csdq_sdq_score] INT,
        [csdq_sdq_reason] NVARCHAR(100),
        CONSTRAINT [pk_ssd_sdq_scores] PRIMARY KEY ([csdq_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_sdq_scores]', N'csdq_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_sdq_scores] ADD [csdq_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_sdq_scores]', N'csdq_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_sdq_scores] ADD [csdq_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_sdq_scores]', N'csdq_sdq_completed_date') IS NULL
    ALTER TABLE [ssd].[ssd_sdq_scores] ADD [csdq_sdq_completed_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_sdq_scores]', N'csdq_sdq_score') IS NULL
    ALTER TABLE [ssd].[ssd_sdq_scores] ADD [csdq_sdq_score] INT;
IF COL_LENGTH(N'[ssd].[ssd_sdq_scores]', N'csdq_sdq_reason') IS NULL
    ALTER TABLE [ssd].[ssd_sdq_scores] ADD [csdq_sdq_reason] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_sdq_scores_csdq_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_sdq_scores]'))
    CREATE INDEX [ix_ssd_sdq_scores_csdq_person_id] ON [ssd].[ssd_sdq_scores] ([csdq_person_id]);
GO
