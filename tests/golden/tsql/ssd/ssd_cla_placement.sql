-- ssd_cla_placement
RAISERROR(N'table ssd_cla_placement', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cla_placement]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cla_placement] (
        [clap_cla_placement_id] NVARCHAR(48) NOT NULL,
        [clap_cla_id] NVARCHAR(48),
        [clap_person_id] NVARCHAR(48),
        [clap_cla_placement_start_date] DATETIME,
        [clap_cla_placement_type] NVARCHAR(100),
        [clap_cla_placement_urn] NVARCHAR(48),
        [clap_cla_placement_distance] FLOAT,
        [clap_cla_placement_provider] NVARCHAR(48),
        [clap_cla_placement_postcode] NVARCHAR(8),
        [clap_cla_placement_end_date] DATETIME,
        [clap_cla_placement_change_reason] NVARCHAR(100),
        CONSTRAINT [pk_ssd_cla_placement] PRIMARY KEY ([clap_cla_placement_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_placement_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_placement_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_placement_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_placement_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_placement_type') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_placement_type] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_placement_urn') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_placement_urn] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_placement_distance') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_placement_distance] FLOAT;
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_placement_provider') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_placement_provider] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_placement_postcode') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_placement_postcode] NVARCHAR(8);
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_placement_end_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_placement_end_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_placement_change_reason') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_placement_change_reason] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_placement_clap_cla_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_placement]'))
    CREATE INDEX [ix_ssd_cla_placement_clap_cla_id] ON [ssd].[ssd_cla_placement] ([clap_cla_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_placement_clap_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_placement]'))
    CREATE INDEX [ix_ssd_cla_placement_clap_person_id] ON [ssd].[ssd_cla_placement] ([clap_person_id]);
GO
