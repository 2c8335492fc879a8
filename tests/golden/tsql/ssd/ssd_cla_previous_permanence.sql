-- ssd_cla_previous_permanence
RAISERROR(N'table ssd_cla_previous_permanence', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cla_previous_permanence]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cla_previous_permanence] (
        [lapp_table_id] NVARCHAR(48) NOT NULL,
        [lapp_person_id] NVARCHAR(48),
        [lapp_previous_permanence_option] NVARCHAR(200),
        [lapp_previous_permanence_la] NVARCHAR(100),
        [lapp_previous_permanence_order_date] NVARCHAR(10),
        CONSTRAINT [pk_ssd_cla_previous_permanence] PRIMARY KEY ([lapp_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cla_previous_permanence]', N'lapp_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_previous_permanence] ADD [lapp_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_previous_permanence]', N'lapp_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_previous_permanence] ADD [lapp_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_previous_permanence]', N'lapp_previous_permanence_option') IS NULL
    ALTER TABLE [ssd].[ssd_cla_previous_permanence] ADD [lapp_previous_permanence_option] NVARCHAR(200);
IF COL_LENGTH(N'[ssd].[ssd_cla_previous_permanence]', N'lapp_previous_permanence_la') IS NULL
    ALTER TABLE [ssd].[ssd_cla_previous_permanence] ADD [lapp_previous_permanence_la] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_cla_previous_permanence]', N'lapp_previous_permanence_order_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_previous_permanence] ADD [lapp_previous_permanence_order_date] NVARCHAR(10);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_previous_permanence_lapp_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_previous_permanence]'))
    CREATE INDEX [ix_ssd_cla_previous_permanence_lapp_person_id] ON [ssd].[ssd_cla_previous_permanence] ([lapp_person_id]);
GO
