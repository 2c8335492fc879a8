-- ssd_address
RAISERROR(N'table ssd_address', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_address]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_address] (
        [addr_table_id] NVARCHAR(48) NOT NULL,
        [addr_person_id] NVARCHAR(48),
        [addr_address_type] NVARCHAR(48),
        [addr_address_start_date] DATETIME,
        [addr_address_end_date] DATETIME,
        [addr_address_postcode] NVARCHAR(15),
        [addr_address_json] NVARCHAR(1000),
        CONSTRAINT [pk_ssd_address] PRIMARY KEY ([addr_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_address]', N'addr_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_address] ADD [addr_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_address]', N'addr_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_address] ADD [addr_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_address]', N'addr_address_type') IS NULL
    ALTER TABLE [ssd].[ssd_address] ADD [addr_address_type] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_address]', N'addr_address_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_address] ADD [addr_address_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_address]', N'addr_address_end_date') IS NULL
    ALTER TABLE [ssd].[ssd_address] ADD [addr_address_end_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_address]', N'addr_address_postcode') IS NULL
    ALTER TABLE [ssd].[ssd_address] ADD [addr_address_postcode] NVARCHAR(15);
IF COL_LENGTH(N'[ssd].[ssd_address]', N'addr_address_json') IS NULL
    ALTER TABLE [ssd].[ssd_address] ADD [addr_address_json] NVARCHAR(1000);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_address_addr_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_address]'))
    CREATE INDEX [ix_ssd_address_addr_person_id] ON [ssd].[ssd_address] ([addr_person_id]);
GO
