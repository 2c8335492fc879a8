-- ssd_cla_substance_misuse
RAISERROR(N'table ssd_cla_substance_misuse', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cla_substance_misuse]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cla_substance_misuse] (
        [clas_substance_misuse_id] NVARCHAR(48) NOT NULL,
        [clas_person_id] NVARCHAR(48),
        [clas_substance_misuse_date] DATETIME,
        [clas_substance_misused] NVARCHAR(100),
        [clas_intervention_received] NCHAR(1),
        CONSTRAINT [pk_ssd_cla_substance_misuse] PRIMARY KEY ([clas_substance_misuse_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cla_substance_misuse]', N'clas_substance_misuse_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_substance_misuse] ADD [clas_substance_misuse_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_substance_misuse]', N'clas_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_substance_misuse] ADD [clas_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_substance_misuse]', N'clas_substance_misuse_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_substance_misuse] ADD [clas_substance_misuse_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cla_substance_misuse]', N'clas_substance_misused') IS NULL
    ALTER TABLE [ssd].[ssd_cla_substance_misuse] ADD [clas_substance_misused] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_cla_substance_misuse]', N'clas_intervention_received') IS NULL
    ALTER TABLE [ssd].[ssd_cla_substance_misuse] ADD [clas_intervention_received] NCHAR(1);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_substance_misuse_clas_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_substance_misuse]'))
    CREATE INDEX [ix_ssd_cla_substance_misuse_clas_person_id] ON [ssd].[ssd_cla_substance_misuse] ([clas_person_id]);
GO
