-- ssd_cp_reviews
RAISERROR(N'table ssd_cp_reviews', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cp_reviews]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cp_reviews] (
        [cppr_cp_review_id] NVARCHAR(48) NOT NULL,
        [cppr_person_id] NVARCHAR(48),
        [cppr_cp_plan_id] NVARCHAR(48),
        [cppr_cp_review_due] DATETIME,
        [cppr_cp_review_date] DATETIME,
        [cppr_cp_review_meeting_id] NVARCHAR(48),
        [cppr_cp_review_outcome_continue_cp] NCHAR(1),
        [cppr_cp_review_quorate] NVARCHAR(100),
        [cppr_cp_review_participation] NVARCHAR(100),
        CONSTRAINT [pk_ssd_cp_reviews] PRIMARY KEY ([cppr_cp_review_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cp_reviews]', N'cppr_cp_review_id') IS NULL
    ALTER TABLE [ssd].[ssd_cp_reviews] ADD [cppr_cp_review_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cp_reviews]', N'cppr_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cp_reviews] ADD [cppr_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cp_reviews]', N'cppr_cp_plan_id') IS NULL
    ALTER TABLE [ssd].[ssd_cp_reviews] ADD [cppr_cp_plan_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cp_reviews]', N'cppr_cp_review_due') IS NULL
    ALTER TABLE [ssd].[ssd_cp_reviews] ADD [cppr_cp_review_due] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cp_reviews]', N'cppr_cp_review_date') IS NULL
    ALTER TABLE [ssd].[ssd_cp_reviews] ADD [cppr_cp_review_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cp_reviews]', N'cppr_cp_review_meeting_id') IS NULL
    ALTER TABLE [ssd].[ssd_cp_reviews] ADD [cppr_cp_review_meeting_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cp_reviews]', N'cppr_cp_review_outcome_continue_cp') IS NULL
    ALTER TABLE [ssd].[ssd_cp_reviews] ADD [cppr_cp_review_outcome_continue_cp] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_cp_reviews]', N'cppr_cp_review_quorate') IS NULL
    ALTER TABLE [ssd].[ssd_cp_reviews] ADD [cppr_cp_review_quorate] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_cp_reviews]', N'cppr_cp_review_participation') IS NULL
    ALTER TABLE [ssd].[ssd_cp_reviews] ADD [cppr_cp_review_participation] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cp_reviews_cppr_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cp_reviews]'))
    CREATE INDEX [ix_ssd_cp_reviews_cppr_person_id] ON [ssd].[ssd_cp_reviews] ([cppr_person_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cp_reviews_cppr_cp_plan_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cp_reviews]'))
    CREATE INDEX [ix_ssd_cp_reviews_cppr_cp_plan_id] ON [ssd].[ssd_cp_reviews] ([cppr_cp_plan_id]);
GO
