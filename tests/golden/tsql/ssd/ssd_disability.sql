-- ssd_disability
RAISERROR(N'table ssd_disability', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_disability]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_disability] (
        [disa_table_id] NVARCHAR(48) NOT NULL,
        [disa_person_id] NVARCHAR(48) NOT NULL,
        [disa_disability_code] NVARCHAR(48) NOT NULL,
        CONSTRAINT [pk_ssd_disability] PRIMARY KEY ([disa_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_disability]', N'disa_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_disability] ADD [disa_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_disability]', N'disa_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_disability] ADD [disa_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_disability]', N'disa_disability_code') IS NULL
    ALTER TABLE [ssd].[ssd_disability] ADD [disa_disability_code] NVARCHAR(48);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_disability_disa_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_disability]'))
    CREATE INDEX [ix_ssd_disability_disa_person_id] ON [ssd].[ssd_disability] ([disa_person_id]);
GO
