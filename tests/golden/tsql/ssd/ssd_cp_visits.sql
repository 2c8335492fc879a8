-- ssd_cp_visits
RAISERROR(N'table ssd_cp_visits', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cp_visits]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cp_visits] (
        [cppv_cp_visit_id] NVARCHAR(48) NOT NULL,
        [cppv_person_id] NVARCHAR(48),
        [cppv_cp_plan_id] NVARCHAR(48),
        [cppv_cp_visit_date] DATETIME,
        [cppv_cp_visit_seen] NCHAR(1),
        [cppv_cp_visit_seen_alone] NCHAR(1),
        [cppv_cp_visit_bedroom] NCHAR(1),
        CONSTRAINT [pk_ssd_cp_visits] PRIMARY KEY ([cppv_cp_visit_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cp_visits]', N'cppv_cp_visit_id') IS NULL
    ALTER TABLE [ssd].[ssd_cp_visits] ADD [cppv_cp_visit_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cp_visits]', N'cppv_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cp_visits] ADD [cppv_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cp_visits]', N'cppv_cp_plan_id') IS NULL
    ALTER TABLE [ssd].[ssd_cp_visits] ADD [cppv_cp_plan_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cp_visits]', N'cppv_cp_visit_date') IS NULL
    ALTER TABLE [ssd].[ssd_cp_visits] ADD [cppv_cp_visit_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cp_visits]', N'cppv_cp_visit_seen') IS NULL
    ALTER TABLE [ssd].[ssd_cp_visits] ADD [cppv_cp_visit_seen] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_cp_visits]', N'cppv_cp_visit_seen_alone') IS NULL
    ALTER TABLE [ssd].[ssd_cp_visits] ADD [cppv_cp_visit_seen_alone] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_cp_visits]', N'cppv_cp_visit_bedroom') IS NULL
    ALTER TABLE [ssd].[ssd_cp_visits] ADD [cppv_cp_visit_bedroom] NCHAR(1);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cp_visits_cppv_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cp_visits]'))
    CREATE INDEX [ix_ssd_cp_visits_cppv_person_id] ON [ssd].[ssd_cp_visits] ([cppv_person_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cp_visits_cppv_cp_plan_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cp_visits]'))
    CREATE INDEX [ix_ssd_cp_visits_cppv_cp_plan_id] ON [ssd].[ssd_cp_visits] ([cppv_cp_plan_id]);
GO
