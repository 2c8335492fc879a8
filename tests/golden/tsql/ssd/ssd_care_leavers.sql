-- ssd_care_leavers
RAISERROR(N'table ssd_care_leavers', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_care_leavers]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_care_leavers] (
        [clea_table_id] NVARCHAR(48) NOT NULL,
        [clea_person_id] NVARCHAR(48),
        [clea_care_leaver_eligibility] NVARCHAR(100),
        [clea_care_leaver_in_touch] NVARCHAR(100),
        [clea_care_leaver_latest_contact] DATETIME,
        [clea_care_leaver_accommodation] NVARCHAR(100),
        [clea_care_leaver_accom_suitable] NVARCHAR(100),
        [clea_care_leaver_activity] NVARCHAR(100),
        [clea_pathway_plan_review_date] DATETIME,
        [clea_care_leaver_personal_advisor] NVARCHAR(100),
        [clea_care_leaver_allocated_team] NVARCHAR(48),
        [clea_care_leaver_worker_id] NVARCHAR(100),
        CONSTRAINT [pk_ssd_care_leavers] PRIMARY KEY ([clea_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_care_leaver_eligibility') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_care_leaver_eligibility] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_care_leaver_in_touch') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_care_leaver_in_touch] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_care_leaver_latest_contact') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_care_leaver_latest_contact] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_care_leaver_accommodation') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_care_leaver_accommodation] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_care_leaver_accom_suitable') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_care_leaver_accom_suitable] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_care_leaver_activity') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_care_leaver_activity] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_pathway_plan_review_date') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_pathway_plan_review_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_care_leaver_personal_advisor') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_care_leaver_personal_advisor] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_care_leaver_allocated_team') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_care_leaver_allocated_team] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_care_leaver_worker_id') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_care_leaver_worker_id] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_care_leavers_clea_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_care_leavers]'))
    CREATE INDEX [ix_ssd_care_leavers_clea_person_id] ON [ssd].[ssd_care_leavers] ([clea_person_id]);
GO
