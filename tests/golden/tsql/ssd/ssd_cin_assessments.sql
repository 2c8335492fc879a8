-- ssd_cin_assessments
RAISERROR(N'table ssd_cin_assessments', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cin_assessments]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cin_assessments] (
        [cina_assessment_id] NVARCHAR(48) NOT NULL,
        [cina_person_id] NVARCHAR(48),
        [cina_referral_id] NVARCHAR(48),
        [cina_assessment_start_date] DATETIME,
        [cina_assessment_child_seen] NCHAR(1),
        [cina_assessment_auth_date] DATETIME,
        [cina_assessment_outcome_json] NVARCHAR(1000),
        [cina_assessment_outcome_nfa] NCHAR(1),
        [cina_assessment_team] NVARCHAR(48),
        [cina_assessment_worker_id] NVARCHAR(100),
        CONSTRAINT [pk_ssd_cin_assessments] PRIMARY KEY ([cina_assessment_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_assessment_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_assessment_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_referral_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_referral_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_assessment_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_assessment_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_assessment_child_seen') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_assessment_child_seen] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_assessment_auth_date') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_assessment_auth_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_assessment_outcome_json') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_assessment_outcome_json] NVARCHAR(1000);
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_assessment_outcome_nfa') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_assessment_outcome_nfa] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_assessment_team') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_assessment_team] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_assessment_worker_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_assessment_worker_id] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cin_assessments_cina_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cin_assessments]'))
    CREATE INDEX [ix_ssd_cin_assessments_cina_person_id] ON [ssd].[ssd_cin_assessments] ([cina_person_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cin_assessments_cina_referral_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cin_assessments]'))
    CREATE INDEX [ix_ssd_cin_assessments_cina_referral_id] ON [ssd].[ssd_cin_assessments] ([cina_referral_id]);
GO
