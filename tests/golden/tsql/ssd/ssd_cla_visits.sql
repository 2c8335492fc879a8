-- ssd_cla_visits
RAISERROR(N'table ssd_cla_visits', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cla_visits]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cla_visits] (
        [clav_cla_visit_id] NVARCHAR(48) NOT NULL,
        [clav_cla_id] NVARCHAR(48),
        [clav_person_id] NVARCHAR(48),
        [clav_cla_visit_date] DATETIME,
        [clav_cla_visit_seen] NCHAR(1),
        [clav_cla_visit_seen_alone] NCHAR(1),
        CONSTRAINT [pk_ssd_cla_visits] PRIMARY KEY ([clav_cla_visit_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cla_visits]', N'clav_cla_visit_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_visits] ADD [clav_cla_visit_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_visits]', N'clav_cla_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_visits] ADD [clav_cla_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_visits]', N'clav_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_visits] ADD [clav_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_visits]', N'clav_cla_visit_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_visits] ADD [clav_cla_visit_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cla_visits]', N'clav_cla_visit_seen') IS NULL
    ALTER TABLE [ssd].[ssd_cla_visits] ADD [clav_cla_visit_seen] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_cla_visits]', N'clav_cla_visit_seen_alone') IS NULL
    ALTER TABLE [ssd].[ssd_cla_visits] ADD [clav_cla_visit_seen_alone] NCHAR(1);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_visits_clav_cla_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_visits]'))
    CREATE INDEX [ix_ssd_cla_visits_clav_cla_id] ON [ssd].[ssd_cla_visits] ([clav_cla_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_visits_clav_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_visits]'))
    CREATE INDEX [ix_ssd_cla_visits_clav_person_id] ON [ssd].[ssd_cla_visits] ([clav_person_id]);
GO
