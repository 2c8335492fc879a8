-- ssd_family
RAISERROR(N'table ssd_family', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_family]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_family] (
        [fami_table_id] NVARCHAR(48) NOT NULL,
        [fami_family_id] NVARCHAR(48),
        [fami_person_id] NVARCHAR(48),
        CONSTRAINT [pk_ssd_family] PRIMARY KEY ([fami_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_family]', N'fami_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_family] ADD [fami_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_family]', N'fami_family_id') IS NULL
    ALTER TABLE [ssd].[ssd_family] ADD [fami_family_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_family]', N'fami_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_family] ADD [fami_person_id] NVARCHAR(48);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_family_fami_family_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_family]'))
    CREATE INDEX [ix_ssd_family_fami_family_id] ON [ssd].[ssd_family] ([fami_family_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_family_fami_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_family]'))
    CREATE INDEX [ix_ssd_family_fami_person_id] ON [ssd].[ssd_family] ([fami_person_id]);
GO
