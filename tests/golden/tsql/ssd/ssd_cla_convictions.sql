-- ssd_cla_convictions
RAISERROR(N'table ssd_cla_convictions', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cla_convictions]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cla_convictions] (
        [clac_cla_conviction_id] NVARCHAR(48) NOT NULL,
        [clac_person_id] NVARCHAR(48),
        [clac_cla_conviction_date] DATETIME,
        [clac_cla_conviction_offence] NVARCHAR(1000),
        CONSTRAINT [pk_ssd_cla_convictions] PRIMARY KEY ([clac_cla_conviction_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cla_convictions]', N'clac_cla_conviction_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_convictions] ADD [clac_cla_conviction_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_convictions]', N'clac_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_convictions] ADD [clac_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_convictions]', N'clac_cla_conviction_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_convictions] ADD [clac_cla_conviction_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cla_convictions]', N'clac_cla_conviction_offence') IS NULL
    ALTER TABLE [ssd].[ssd_cla_convictions] ADD [clac_cla_conviction_offence] NVARCHAR(1000);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_convictions_clac_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_convictions]'))
    CREATE INDEX [ix_ssd_cla_convictions_clac_person_id] ON [ssd].[ssd_cla_convictions] ([clac_person_id]);
GO
