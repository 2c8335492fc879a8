-- ssd_linked_identifiers
RAISERROR(N'table ssd_linked_identifiers', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_linked_identifiers]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_linked_identifiers] (
        [link_table_id] NVARCHAR(48) NOT NULL,
        [link_person_id] NVARCHAR(48),
        [link_identifier_type] NVARCHAR(100),
        [link_identifier_value] NVARCHAR(100),
        [link_valid_from_date] DATETIME,
        [link_valid_to_date] DATETIME,
        CONSTRAINT [pk_ssd_linked_identifiers] PRIMARY KEY ([link_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_linked_identifiers]', N'link_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_linked_identifiers] ADD [link_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_linked_identifiers]', N'link_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_linked_identifiers] ADD [link_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_linked_identifiers]', N'link_identifier_type') IS NULL
    ALTER TABLE [ssd].[ssd_linked_identifiers] ADD [link_identifier_type] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_linked_identifiers]', N'link_identifier_value') IS NULL
    ALTER TABLE [ssd].[ssd_linked_identifiers] ADD [link_identifier_value] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_linked_identifiers]', N'link_valid_from_date') IS NULL
    ALTER TABLE [ssd].[ssd_linked_identifiers] ADD [link_valid_from_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_linked_identifiers]', N'link_valid_to_date') IS NULL
    ALTER TABLE [ssd].[ssd_linked_identifiers] ADD [link_valid_to_date] DATETIME;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_linked_identifiers_link_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_linked_identifiers]'))
    CREATE INDEX [ix_ssd_linked_identifiers_link_person_id] ON [ssd].[ssd_linked_identifiers] ([link_person_id]);
GO
