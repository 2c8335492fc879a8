-- ssd_mother
RAISERROR(N'table ssd_mother', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_mother]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_mother] (
        [moth_table_id] NVARCHAR(48) NOT NULL,
        [moth_person_id] NVARCHAR(48),
        [moth_childs_person_id] NVARCHAR(48),
        [moth_childs_dob] DATETIME,
        CONSTRAINT [pk_ssd_mother] PRIMARY KEY ([moth_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_mother]', N'moth_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_mother] ADD [moth_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_mother]', N'moth_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_mother] ADD [moth_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_mother]', N'moth_childs_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_mother] ADD [moth_childs_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_mother]', N'moth_childs_dob') IS NULL
    ALTER TABLE [ssd].[ssd_mother] ADD [moth_childs_dob] DATETIME;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_mother_moth_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_mother]'))
    CREATE INDEX [ix_ssd_mother_moth_person_id] ON [ssd].[ssd_mother] ([moth_person_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_mother_moth_childs_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_mother]'))
    CREATE INDEX [ix_ssd_mother_moth_childs_person_id] ON [ssd].[ssd_mother] ([moth_childs_person_id]);
GO
