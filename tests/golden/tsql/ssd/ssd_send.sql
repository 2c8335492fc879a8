-- ssd_send
RAISERROR(N'table ssd_send', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_send]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_send] (
        [send_table_id] NVARCHAR(48) NOT NULL,
        [send_person_id] NVARCHAR(48),
        [send_upn] NVARCHAR(48),
        [send_uln] NVARCHAR(48),
        [send_upn_unknown] NVARCHAR(6),
        CONSTRAINT [pk_ssd_send] PRIMARY KEY ([send_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_send]', N'send_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_send] ADD [send_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_send]', N'send_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_send] ADD [send_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_send]', N'send_upn') IS NULL
    ALTER TABLE [ssd].[ssd_send] ADD [send_upn] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_send]', N'send_uln') IS NULL
    ALTER TABLE [ssd].[ssd_send] ADD [send_uln] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_send]', N'send_upn_unknown') IS NULL
    ALTER TABLE [ssd].[ssd_send] ADD [send_upn_unknown] NVARCHAR(6);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_send_send_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_send]'))
    CREATE INDEX [ix_ssd_send_send_person_id] ON [ssd].[ssd_send] ([send_person_id]);
GO
