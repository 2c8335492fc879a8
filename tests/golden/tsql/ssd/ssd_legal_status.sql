-- ssd_legal_status
RAISERROR(N'table ssd_legal_status', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_legal_status]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_legal_status] (
        [lega_legal_status_id] NVARCHAR(48) NOT NULL,
        [lega_person_id] NVARCHAR(48),
        [lega_legal_status] NVARCHAR(100),
        [lega_legal_status_start_date] DATETIME,
        [lega_legal_status_end_date] DATETIME,
        CONSTRAINT [pk_ssd_legal_status] PRIMARY KEY ([lega_legal_status_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_legal_status]', N'lega_legal_status_id') IS NULL
    ALTER TABLE [ssd].[ssd_legal_status] ADD [lega_legal_status_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_legal_status]', N'lega_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_legal_status] ADD [lega_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_legal_status]', N'lega_legal_status') IS NULL
    ALTER TABLE [ssd].[ssd_legal_status] ADD [lega_legal_status] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_legal_status]', N'lega_legal_status_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_legal_status] ADD [lega_legal_status_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_legal_status]', N'lega_legal_status_end_date') IS NULL
    ALTER TABLE [ssd].[ssd_legal_status] ADD [lega_legal_status_end_date] DATETIME;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_legal_status_lega_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_legal_status]'))
    CREATE INDEX [ix_ssd_legal_status_lega_person_id] ON [ssd].[ssd_legal_status] ([lega_person_id]);
GO
