-- ssd_cin_visits
RAISERROR(N'table ssd_cin_visits', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cin_visits]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cin_visits] (
        [cinv_cin_visit_id] NVARCHAR(48) NOT NULL,
        [cinv_person_id] NVARCHAR(48),
        [cinv_cin_visit_date] DATETIME,
        [cinv_cin_visit_seen] NCHAR(1),
        [cinv_cin_visit_seen_alone] NCHAR(1),
        [cinv_cin_visit_bedroom] NCHAR(1),
        CONSTRAINT [pk_ssd_cin_visits] PRIMARY KEY ([cinv_cin_visit_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cin_visits]', N'cinv_cin_visit_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_visits] ADD [cinv_cin_visit_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_visits]', N'cinv_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_visits] ADD [cinv_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_visits]', N'cinv_cin_visit_date') IS NULL
    ALTER TABLE [ssd].[ssd_cin_visits] ADD [cinv_cin_visit_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cin_visits]', N'cinv_cin_visit_seen') IS NULL
    ALTER TABLE [ssd].[ssd_cin_visits] ADD [cinv_cin_visit_seen] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_cin_visits]', N'cinv_cin_visit_seen_alone') IS NULL
    ALTER TABLE [ssd].[ssd_cin_visits] ADD [cinv_cin_visit_seen_alone] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_cin_visits]', N'cinv_cin_visit_bedroom') IS NULL
    ALTER TABLE [ssd].[ssd_cin_visits] ADD [cinv_cin_visit_bedroom] NCHAR(1);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cin_visits_cinv_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cin_visits]'))
    CREATE INDEX [ix_ssd_cin_visits_cinv_person_id] ON [ssd].[ssd_cin_visits] ([cinv_person_id]);
GO
